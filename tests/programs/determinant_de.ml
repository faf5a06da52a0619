# lang: de
# Determinanten auf zwei Wegen: Laplace-Entwicklung nach der ersten Zeile (rekursiv über
# Minoren) und Gauß-Elimination mit Spaltenpivotsuche; dazu die Cramersche Regel.

def minor(a: liste[liste[gleitkomma]], zeile: ganz, spalte: ganz) -> liste[liste[gleitkomma]]:
    sei m = []
    für i in bereich(laenge(a)):
        wenn i == zeile:
            weiter
        sei neu = []
        für j in bereich(laenge(a[i])):
            wenn j != spalte:
                neu.append(a[i][j])
        m.append(neu)
    rückgabe m


def det_laplace(a: liste[liste[gleitkomma]]) -> gleitkomma:
    sei n = laenge(a)
    wenn n == 1:
        rückgabe a[0][0]
    wenn n == 2:
        rückgabe a[0][0] * a[1][1] - a[0][1] * a[1][0]
    sei d = 0.0
    sei vorzeichen = 1.0
    für j in bereich(n):
        wenn a[0][j] != 0.0:
            d += vorzeichen * a[0][j] * det_laplace(minor(a, 0, j))
        vorzeichen = -vorzeichen
    rückgabe d


def det_gauss(a: liste[liste[gleitkomma]]) -> gleitkomma:
    sei n = laenge(a)
    sei m = []
    für zeile in a:
        sei kopie = []
        für x in zeile:
            kopie.append(x)
        m.append(kopie)
    sei d = 1.0
    für k in bereich(n):
        sei p = k
        für i in bereich(k + 1, n):
            wenn absolut(m[i][k]) > absolut(m[p][k]):
                p = i
        wenn m[p][k] == 0.0:
            rückgabe 0.0
        wenn p != k:
            für j in bereich(n):
                sei tmp = m[p][j]
                m[p][j] = m[k][j]
                m[k][j] = tmp
            d = -d
        d *= m[k][k]
        für i in bereich(k + 1, n):
            sei faktor = m[i][k] / m[k][k]
            für j in bereich(k, n):
                m[i][j] -= faktor * m[k][j]
    rückgabe d


def ersetze_spalte(a: liste[liste[gleitkomma]], spalte: ganz, b: liste[gleitkomma]) -> liste[liste[gleitkomma]]:
    sei m = []
    für i in bereich(laenge(a)):
        sei zeile = []
        für j in bereich(laenge(a[i])):
            wenn j == spalte:
                zeile.append(b[i])
            sonst:
                zeile.append(a[i][j])
        m.append(zeile)
    rückgabe m


def cramer(a: liste[liste[gleitkomma]], b: liste[gleitkomma]) -> liste[gleitkomma]:
    sei d = det_gauss(a)
    sei x: liste[gleitkomma] = []
    für j in bereich(laenge(a)):
        x.append(det_gauss(ersetze_spalte(a, j, b)) / d)
    rückgabe x


def hilbert(n: ganz) -> liste[liste[gleitkomma]]:
    sei h = []
    für i in bereich(n):
        sei zeile = []
        für j in bereich(n):
            zeile.append(1.0 / (i + j + 1))
        h.append(zeile)
    rückgabe h


def zeige(name: zeichenkette, a: liste[liste[gleitkomma]]):
    ausgeben(name + ":")
    für zeile in a:
        sei text = "  "
        für x in zeile:
            text += f"{x:7.2f}"
        ausgeben(text)


sei matrizen = [
    [[4.0, 3.0], [6.0, 3.0]],
    [[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]],
    [[0.0, 2.0, 1.0], [1.0, 0.0, 3.0], [4.0, -1.0, 0.0]],
    [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]],
    [[3.0, 2.0, 0.0, 1.0], [4.0, 0.0, 1.0, 2.0], [3.0, 0.0, 2.0, 1.0], [9.0, 2.0, 3.0, 1.0]],
]
für a in matrizen:
    zeige(f"{laenge(a)}×{laenge(a[0])}", a)
    ausgeben(f"  Laplace: {det_laplace(a):.6f}   Gauß: {det_gauss(a):.6f}")
ausgeben("Minor (0, 1) der letzten Matrix:", minor(matrizen[4], 0, 1))
sei koeff = [[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]]
sei b = [8.0, -11.0, -3.0]
sei x = cramer(koeff, b)
ausgeben("Cramer:", x)
für i in bereich(3):
    sei s = 0.0
    für j in bereich(3):
        s += koeff[i][j] * x[j]
    ausgeben(f"  Zeile {i}: {s:.6f} = {b[i]}")
für n in bereich(1, 7):
    ausgeben(f"det(Hilbert {n}) = {det_gauss(hilbert(n)):.6e}", f"{det_laplace(hilbert(n)):.6e}")
