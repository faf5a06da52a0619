# lang: es
# Estadística con tuplas: (mínimo, máximo, media) de una pasada, (varianza, desviación), selección
# con intercambios múltiples, mediana, cuartiles y recta de regresión.
importar math
UNIDAD = "°C"
CIUDAD = "Sevilla"


def resumen(datos: lista[flotante]) -> tupla[flotante, flotante, flotante]:
    menor, mayor, total = datos[0], datos[0], 0.0
    para x en datos:
        si x < menor:
            menor = x
        sinosi x > mayor:
            mayor = x
        total += x
    devolver menor, mayor, total / longitud(datos)


def dispersion(datos: lista[flotante]) -> tupla[flotante, flotante]:
    sea media = resumen(datos)[-1]
    sea varianza = suma([(x - media) ** 2 para x en datos]) / (longitud(datos) - 1)
    devolver (varianza, math.sqrt(varianza))


def ordenar(datos: lista[flotante]) -> entero:
    sea intercambios = 0
    para i en rango(longitud(datos) - 1):
        sea k = i
        para j en rango(i + 1, longitud(datos)):
            si datos[j] < datos[k]:
                k = j
        si k != i:
            datos[i], datos[k] = datos[k], datos[i]
            intercambios += 1
    devolver intercambios


def mediana(ordenados: lista[flotante]) -> flotante:
    sea mitad, impar = longitud(ordenados) // 2, longitud(ordenados) % 2 == 1
    si impar:
        devolver ordenados[mitad]
    devolver (ordenados[mitad - 1] + ordenados[mitad]) / 2


def regresion(xs: lista[flotante], ys: lista[flotante]) -> tupla[flotante, flotante]:
    sea mx, my = resumen(xs)[2], resumen(ys)[2]
    sea sxy = suma([(xs[i] - mx) * (ys[i] - my) para i en rango(longitud(xs))])
    sea pendiente = sxy / suma([(x - mx) ** 2 para x en xs])
    devolver pendiente, my - pendiente * mx


sea temperaturas = [14.5, 17.0, 20.25, 23.5, 27.75, 33.0, 36.25, 35.5, 31.0, 25.5, 19.0, 15.25]
sea r = resumen(temperaturas)
imprimir(CIUDAD, r, f"media {r[2]:.3f} {UNIDAD}, amplitud {r[1] - r[0]}")
varianza, desviacion = dispersion(temperaturas)
imprimir(f"varianza {varianza:.4f}, desviación {desviacion:.4f}", dispersion([1.0, 2.0, 3.0, 4.0]))
sea copia = temperaturas.copy()
sea n = ordenar(copia)
imprimir("ordenadas:", copia, "intercambios:", n)
imprimir("mediana:", mediana(copia), "cuartiles:", (mediana(copia[:6]), mediana(copia[6:])))
pendiente, ordenada = regresion([float(m) para m en rango(1, 8)], temperaturas[:7])
imprimir(f"primer semestre: {pendiente:.3f} {UNIDAD}/mes desde {ordenada:.3f}")
(-1, 0, 1) para d:
    imprimir(7 + d, f"estimada {pendiente * (7 + d) + ordenada:.2f}", "real", temperaturas[6 + d])
sea calurosos = longitud([t para t en temperaturas si int(t) // 10 en (3, 4)])
imprimir("meses de 30 o más:", calurosos, "de", len(temperaturas), "; longitud de la tupla:", len(r))
imprimir("de mayor a menor:", list(reversed(copia))[:4], list(range(12, 0, -4)), sum(reversed(copia)) == sum(copia))
sea extremos = (resumen(copia[:6]), resumen(copia[6:]))
imprimir("mitades:", extremos, extremos[1][0] >= extremos[0][1], extremos[-1][-1])
