# lang: es
# Núcleos que escriben en la lista recibida: quien llama ve los cambios.

def escalar(valores: lista[flotante], factor: flotante):
    sea cantidad = longitud(valores)
    rango(cantidad) para i:
        valores[i] = valores[i] * factor


def limitar(valores: lista[entero], mínimo_permitido: entero, máximo_permitido: entero) -> entero:
    sea cambios = 0
    para i en rango(longitud(valores)):
        si valores[i] < mínimo_permitido:
            valores[i] = mínimo_permitido
            cambios += 1
        sinosi valores[i] > máximo_permitido:
            valores[i] = máximo_permitido
            cambios += 1
    devolver cambios
