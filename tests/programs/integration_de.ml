# lang: de
# Numerische Integration: Mittelpunkt-, Trapez- und Simpsonregel im Vergleich, mit Richardson-Extrapolation.

importieren math



def integrand(art: ganz, x: gleitkomma) -> gleitkomma:
    wenn art == 0:
        rückgabe x * x
    sonstwenn art == 1:
        rückgabe math.sin(x)
    sonstwenn art == 2:
        rückgabe math.exp(-x)
    sonst:
        rückgabe 1.0 / (1.0 + x)


def exakt(art: ganz, a: gleitkomma, b: gleitkomma) -> gleitkomma:
    wenn art == 0:
        rückgabe (b ** 3 - a ** 3) / 3.0
    sonstwenn art == 1:
        rückgabe math.cos(a) - math.cos(b)
    sonstwenn art == 2:
        rückgabe math.exp(-a) - math.exp(-b)
    rückgabe math.log(1.0 + b) - math.log(1.0 + a)


def mittelpunkt(art: ganz, a: gleitkomma, b: gleitkomma, n: ganz) -> gleitkomma:
    sei h = (b - a) / n
    sei s = 0.0
    für k in bereich(n):
        s += integrand(art, a + (k + 0.5) * h)
    rückgabe s * h


def trapez(art: ganz, a: gleitkomma, b: gleitkomma, n: ganz) -> gleitkomma:
    sei h = (b - a) / n
    sei s = (integrand(art, a) + integrand(art, b)) / 2.0
    für k in bereich(1, n):
        s += integrand(art, a + k * h)
    rückgabe s * h


def simpson(art: ganz, a: gleitkomma, b: gleitkomma, n: ganz) -> gleitkomma:
    wenn n % 2 == 1:
        n += 1
    sei h = (b - a) / n
    sei s = integrand(art, a) + integrand(art, b)
    für k in bereich(1, n):
        wenn k % 2 == 1:
            s += 4.0 * integrand(art, a + k * h)
        sonst:
            s += 2.0 * integrand(art, a + k * h)
    rückgabe s * h / 3.0


def name(art: ganz) -> zeichenkette:
    sei namen = "x^2    sin(x) exp(-x)1/(1+x)"
    sei ergebnis = ""
    für k in bereich(7 * art, 7 * art + 7):
        ergebnis += namen[k]
    rückgabe ergebnis.strip()


sei grenzen_b = [1.0, 3.141592653589793, 2.0, 1.0]
ausgeben(f"{'f':<9}{'n':>4}{'Mittelpunkt':>14}{'Trapez':>14}{'Simpson':>14}")
für art in bereich(4):
    sei b = grenzen_b[art]
    für n in [4, 16]:
        sei fm = absolut(mittelpunkt(art, 0.0, b, n) - exakt(art, 0.0, b))
        sei ft = absolut(trapez(art, 0.0, b, n) - exakt(art, 0.0, b))
        sei fs = absolut(simpson(art, 0.0, b, n) - exakt(art, 0.0, b))
        ausgeben(f"{name(art):<9}{n:>4}{fm:>14.3e}{ft:>14.3e}{fs:>14.3e}")
ausgeben()
ausgeben("Simpson mit ungeradem n:", simpson(0, 0.0, 3.0, 3), "exakt:", exakt(0, 0.0, 3.0))
sei t1 = trapez(1, 0.0, 1.0, 8)
sei t2 = trapez(1, 0.0, 1.0, 16)
sei richardson = t2 + (t2 - t1) / 3.0
ausgeben(f"Richardson: {richardson:.12f} exakt: {exakt(1, 0.0, 1.0):.12f}")
sei fehler: liste[gleitkomma] = []
sei teile = 2
solange teile <= 256:
    fehler.append(absolut(trapez(2, 0.0, 2.0, teile) - exakt(2, 0.0, 2.0)))
    teile *= 2
ausgeben("Fehlerquotienten (Trapez, erwartet 4):")
für k in bereich(1, laenge(fehler)):
    ausgeben(f"{fehler[k - 1] / fehler[k]:.4f}", end=" ")
ausgeben()
ausgeben("Summe der Fehler:", summe(fehler) > 0.0, "kleinster:", f"{minimum(fehler):.2e}")
