# lang: es
# Filtros de imagen sobre una imagen en escala de grises guardada como lista de filas:
# desenfoque de caja 3×3, realce (sharpen) y una convolución general con bordes replicados.

def imagen_inicial(alto: entero, ancho: entero) -> lista[lista[entero]]:
    sea img = []
    para f en rango(alto):
        sea fila = []
        para c en rango(ancho):
            sea v = 0
            si 2 <= f <= 5 y 3 <= c <= 8:
                v = 200
            si (f + c) % 7 == 0:
                v = 90
            fila.append(v)
        img.append(fila)
    devolver img


# Bordes replicados: las coordenadas fuera de la imagen se recortan.
def pixel(img: lista[lista[entero]], f: entero, c: entero) -> entero:
    sea ff = min(max(f, 0), longitud(img) - 1)
    sea cc = min(max(c, 0), longitud(img[0]) - 1)
    devolver img[ff][cc]


def convolucion(img: lista[lista[entero]], nucleo: lista[lista[entero]], divisor: entero) -> lista[lista[entero]]:
    sea salida = []
    para f en rango(longitud(img)):
        sea fila = []
        para c en rango(longitud(img[0])):
            sea acumulado = 0
            para df en rango(3):
                para dc en rango(3):
                    acumulado += nucleo[df][dc] * pixel(img, f + df - 1, c + dc - 1)
            sea v = (acumulado + divisor // 2) // divisor
            fila.append(min(255, max(0, v)))
        salida.append(fila)
    devolver salida


def desenfoque_caja(img: lista[lista[entero]]) -> lista[lista[flotante]]:
    sea salida = []
    para f en rango(longitud(img)):
        sea fila = []
        para c en rango(longitud(img[0])):
            sea total = 0
            para df en [-1, 0, 1]:
                para dc en [-1, 0, 1]:
                    total += pixel(img, f + df, c + dc)
            fila.append(total / 9)
        salida.append(fila)
    devolver salida


def dibujar(titulo: cadena, img: lista[lista[entero]]):
    imprimir(titulo)
    sea rampa = " .:-=+*#%@"
    para fila en img:
        sea linea = ""
        para v en fila:
            linea += rampa[v * (longitud(rampa) - 1) // 255]
        imprimir("  |" + linea + "|", suma(fila))


def media(img: lista[lista[entero]]) -> flotante:
    sea total = 0
    sea n = 0
    para fila en img:
        total += suma(fila)
        n += longitud(fila)
    devolver total / n


sea img = imagen_inicial(8, 12)
dibujar("original", img)
sea caja = desenfoque_caja(img)
imprimir("desenfoque de caja, fila 3:", caja[3])
sea redondeada = []
para fila en caja:
    sea enteros = []
    para v en fila:
        enteros.append(int(v + 0.5))
    redondeada.append(enteros)
dibujar("desenfoque de caja", redondeada)
sea uno = [[1, 1, 1], [1, 1, 1], [1, 1, 1]]
sea mismo = convolucion(img, uno, 9)
sea iguales = Verdadero
para f en rango(longitud(img)):
    para c en rango(longitud(img[0])):
        si mismo[f][c] != redondeada[f][c]:
            iguales = Falso
imprimir("convolución con núcleo de unos = desenfoque redondeado:", iguales)
sea realce = [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]
dibujar("realce", convolucion(img, realce, 1))
sea gauss = [[1, 2, 1], [2, 4, 2], [1, 2, 1]]
sea suave = convolucion(img, gauss, 16)
imprimir("gaussiano, fila 2:", suave[2])
imprimir(f"medias: original {media(img):.3f}, caja {media(redondeada):.3f}, gaussiano {media(suave):.3f}")
