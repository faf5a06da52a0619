# lang: es
# Ordenación de burbuja y por selección sobre listas planas, con recuento de comparaciones, y búsqueda binaria.

def pseudoaleatorios(n: entero, semilla: entero) -> lista[entero]:
    sea datos: lista[entero] = []
    sea x = semilla
    para k en rango(n):
        x = (x * 75 + 74) % 65537
        datos.append(x % 100)
    devolver datos


def burbuja(datos: lista[entero]) -> entero:
    sea comparaciones = 0
    sea n = longitud(datos)
    sea cambiado = Verdadero
    mientras cambiado:
        cambiado = Falso
        para i en rango(1, n):
            comparaciones += 1
            si datos[i - 1] > datos[i]:
                sea tmp = datos[i]
                datos[i] = datos[i - 1]
                datos[i - 1] = tmp
                cambiado = Verdadero
        n -= 1
    devolver comparaciones


def seleccion(datos: lista[flotante]) -> entero:
    sea intercambios = 0
    sea n = longitud(datos)
    para i en rango(n - 1):
        sea menor = i
        rango(i + 1, n) para j:
            si datos[j] < datos[menor]:
                menor = j
        si menor != i:
            sea tmp = datos[i]
            datos[i] = datos[menor]
            datos[menor] = tmp
            intercambios += 1
    devolver intercambios


def esta_ordenada(datos: lista[entero]) -> booleano:
    para i en rango(1, longitud(datos)):
        si datos[i - 1] > datos[i]:
            devolver Falso
    devolver Verdadero


def busqueda_binaria(datos: lista[entero], objetivo: entero) -> entero:
    sea izq = 0
    sea der = longitud(datos)
    mientras izq < der:
        sea medio = (izq + der) // 2
        si datos[medio] < objetivo:
            izq = medio + 1
        sino:
            der = medio
    si izq < longitud(datos) y datos[izq] == objetivo:
        devolver izq
    devolver -1


sea numeros = pseudoaleatorios(16, 42)
imprimir("original: ", numeros)
imprimir("¿ordenada?", esta_ordenada(numeros))
sea c = burbuja(numeros)
imprimir("burbuja:  ", numeros)
imprimir("comparaciones:", c, "¿ordenada?", esta_ordenada(numeros))
sea reales = [3.5, -1.25, 9.0, 0.0, 2.75, -8.5, 4.0]
sea s = seleccion(reales)
imprimir("selección:", reales, "intercambios:", s)
para objetivo en [numeros[0], numeros[2], numeros[11], numeros[-1], 50, 101, -3]:
    sea pos = busqueda_binaria(numeros, objetivo)
    si pos >= 0:
        imprimir(f"{objetivo:>4} -> posición {pos:<3} (primera aparición)")
    sino:
        imprimir(f"{objetivo:>4} -> no está")
sea ya = [1, 2, 3, 4, 5, 6, 7, 8]
imprimir("ya ordenada:", burbuja(ya), "comparaciones")
sea inversa = [8, 7, 6, 5, 4, 3, 2, 1]
imprimir("inversa:", burbuja(inversa), "comparaciones")
sea distintos = 0
sea previo = -1
numeros para v:
    si v != previo:
        distintos += 1
    previo = v
imprimir("valores distintos:", distintos, "de", longitud(numeros))
imprimir("mediana:", (numeros[7] + numeros[8]) / 2, "suma:", suma(numeros), "rango:", maximo(numeros) - minimo(numeros))
