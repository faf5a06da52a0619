# lang: es
# Cifrado XOR: cada byte de los datos se combina con la clave, que se repite.

def cifrado_xor(datos: lista[entero], clave: lista[entero]) -> lista[entero]:
    sea resultado = [0] * longitud(datos)
    sea largo_clave = longitud(clave)
    rango(longitud(datos)) para posición:
        resultado[posición] = datos[posición] ^ clave[posición % largo_clave]
    devolver resultado
