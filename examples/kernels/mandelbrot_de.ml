# lang: de
# Mandelbrot-Menge: Fluchtzeit für jeden Bildpunkt, zeilenweise (-1 = Punkt gehört zur Menge).

def _mandelzahl(cx: gleitkomma, cy: gleitkomma, grenze: ganz) -> ganz:
    zx = cx
    zy = cy
    i = 1
    x2 = zx * zx
    y2 = zy * zy
    solange i < grenze und x2 + y2 < 4.0:
        zy = zx * zy * 2.0 + cy
        zx = x2 - y2 + cx
        i += 1
        x2 = zx * zx
        y2 = zy * zy
    rückgabe -1 wenn i >= grenze sonst i


def mandel(breite: ganz, höhe: ganz, max_iterationen: ganz) -> liste[ganz]:
    ergebnis: liste[ganz] = []
    schritt_h = 2.0 / gleitkomma(höhe)
    schritt_b = 3.0 / gleitkomma(breite)
    für zeile in bereich(höhe):
        y = -1.0 + gleitkomma(zeile) * schritt_h
        für spalte in bereich(breite):
            x = -2.0 + gleitkomma(spalte) * schritt_b
            ergebnis.append(_mandelzahl(x, y, max_iterationen))
    rückgabe ergebnis
