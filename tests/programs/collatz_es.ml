# lang: es
# Longitudes de las secuencias de Collatz.

LIMITE = 12


def pasos(n: entero) -> entero:
    sea cuenta = 0
    mientras n != 1:
        si n % 2 == 0:
            n = n // 2
        sino:
            n = 3 * n + 1
        cuenta += 1
    devolver cuenta


def main():
    sea longitudes = []
    para k en rango(1, LIMITE + 1):
        longitudes.append(pasos(k))
    imprimir("pasos:", longitudes)
    sea mejor = 1
    para k en rango(1, LIMITE + 1):
        si pasos(k) > pasos(mejor):
            mejor = k
    imprimir("el más largo:", mejor, "con", pasos(mejor), "pasos")
    imprimir("media", sum(longitudes) / len(longitudes))


main()
