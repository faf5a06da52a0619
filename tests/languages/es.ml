# lang: es
# Prueba de idioma (español): palabras clave de control, operadores lógicos y funciones integradas.

def categoría(n: entero) -> entero:
    si n < 0:
        devolver -1
    sinosi n == 0:
        devolver 0
    sinosi n < 10:
        devolver 1
    sino:
        devolver 2


def cuenta_atrás(n: entero) -> entero:
    sea total = 0
    sea contador = n
    mientras contador > 0:
        contador -= 1
        si contador % 3 == 0:
            continuar
        si total > 40:
            romper
        total += contador
    devolver total


def sumas_de_rangos() -> entero:
    sea total = 0
    para k en rango(5):
        total += k
    para k en rango(2, 6):
        total += k * 10
    para k en rango(10, 0, -3):
        total += k * 100
    devolver total


def recorrido_de_lista() -> entero:
    sea valores = [3, 1, 4, 1, 5]
    sea total = 0
    para valor en valores:
        si valor == 1:
            pasar
        sino:
            total += valor
    valores.append(9)
    valores[0] = 10
    devolver total + valores[-1] * 100 + valores[0] * 1000 + longitud(valores) * 10000


def lógica(a: entero, b: entero) -> booleano:
    sea ambos = a > 0 y b > 0
    sea uno_positivo = a > 0 o b > 0
    sea bandera = Falso
    si ambos o (uno_positivo y no a == b):
        bandera = Verdadero
    devolver bandera y no a > 100


def entre(x: entero) -> booleano:
    devolver 0 <= x < 10 y 1 < x * 2 <= 18


def elección(x: entero) -> entero:
    sea signo = -1 si x < 0 sino 1 si x > 0 sino 0
    devolver signo * 100 + (x * 2 si x > 5 sino x - 1)


def funciones_integradas() -> entero:
    sea valores = [4, -7, 2, 9]
    sea total = suma(valores)
    sea cantidad = longitud(valores)
    sea menor = minimo(valores)
    sea mayor = maximo(valores)
    devolver total + cantidad * 10 + valorabsoluto(menor) * 100 + mayor * 1000 + minimo(3, 8) * 10000 + maximo(1, 2) * 100000


def conversiones(x: flotante) -> flotante:
    sea parte_entera = entero(x)
    devolver flotante(parte_entera) * 2.0 + decimal(7) / 2.0 + valorabsoluto(x)


def verdad(n: entero) -> booleano:
    devolver booleano(n) == Verdadero


def orden_de_palabras(n: entero) -> entero:
    sea total = 0
    rango(n) para k:
        total += k
    sea resto = n
    mientras resto > 0:
        resto -= 2
    total += resto * 1000
    rango(1, 4) para paso:
        total += paso
    devolver total
