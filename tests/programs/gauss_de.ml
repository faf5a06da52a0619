# lang: de
# Gauß-Elimination mit Spaltenpivotsuche: Zeilentausch per Tupelzuweisung, (Determinante, Tausche)
# als Tupel, Rückwärtseinsetzen und das größte Residuum mit seiner Zeile.
TITEL = "Lineares Gleichungssystem"
EINRUECKUNG = "  "


def eliminiere(m: liste[liste[gleitkomma]], b: liste[gleitkomma]) -> tupel[gleitkomma, ganz]:
    sei n = laenge(m)
    sei det = 1.0
    sei tausche = 0
    für k in bereich(n):
        sei p = k
        für i in bereich(k + 1, n):
            wenn absolut(m[i][k]) > absolut(m[p][k]):
                p = i
        wenn m[p][k] == 0.0:
            rückgabe 0.0, tausche
        wenn p != k:
            m[k], m[p] = m[p], m[k]
            b[k], b[p] = b[p], b[k]
            tausche += 1
            det = -det
        det *= m[k][k]
        für i in bereich(k + 1, n):
            sei faktor = m[i][k] / m[k][k]
            für j in bereich(k, n):
                m[i][j] -= faktor * m[k][j]
            b[i] -= faktor * b[k]
    rückgabe (det, tausche)


def loese(name: zeichenkette, a: liste[liste[gleitkomma]], b: liste[gleitkomma]):
    sei n = laenge(a)
    sei m = [zeile.copy() für zeile in a]
    sei rechts = b.copy()
    sei ergebnis = eliminiere(m, rechts)
    det, tausche = ergebnis
    ausgeben(f"{name}: (det, Tausche) = {ergebnis}, gerade Permutation: {tausche in (0, 2, 4)}")
    wenn det == 0.0:
        ausgeben(EINRUECKUNG + "singulär, letzte Zeile:", m[-1])
        rückgabe
    sei x = [0.0] * n
    für i in umgekehrt(liste(bereich(n))):
        x[i] = (rechts[i] - summe([m[i][j] * x[j] für j in bereich(i + 1, n)])) / m[i][i]
    ausgeben(EINRUECKUNG + "x =", x)
    sei fehler = (0.0, -1)
    für i in bereich(n):
        sei r = b[i] - summe([a[i][j] * x[j] für j in bereich(n)])
        wenn absolut(r) >= fehler[0]:
            fehler = (absolut(r), i)
    ausgeben(f"{EINRUECKUNG}Residuum {fehler[0]:.1e} in Zeile {fehler[-1]}, Diagonale {m[n - 1][n - 1]:.4f}")


ausgeben(TITEL)
loese("3×3", [[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]], [8.0, -11.0, -3.0])
sei c = [[0.0, 2.0, 1.0, 4.0], [1.0, 1.0, 0.0, 2.0], [3.0, 0.0, 1.0, 1.0], [1.0, 5.0, 2.0, 0.0]]
loese("4×4", c, [1.0, 2.0, 3.0, 4.0])
sei n = laenge(c)
für i in bereich(n // 2):
    c[i], c[n - 1 - i] = c[n - 1 - i], c[i]
ausgeben("umgedreht:", c[0], c[-1])
loese("4×4 umgedreht", c, [4.0, 3.0, 2.0, 1.0])
loese("singulär", [[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]], [1.0, 2.0, 3.0])
für d in (-1.0, 0.0, 1.0):
    sei s = [[4.0 + d, 1.0], [1.0, 3.0]]
    ausgeben(f"d = {d}:", eliminiere(s, [1.0, 2.0]), s)
