# lang: de
# Ein Gitter aus Zellen, Zeile für Zeile ausgegeben.

BREITE = 6
HÖHE = 4
SCHRITT = 0.25


def zelle(x: ganz, y: ganz) -> ganz:
    rückgabe (x * y + x) % 3


def zeile_summe(y: ganz) -> ganz:
    sei summe = 0
    für x in bereich(BREITE):
        summe += zelle(x, y)
    rückgabe summe


für y in bereich(HÖHE):
    für x in bereich(BREITE):
        ausgeben(zelle(x, y), end="")
    ausgeben(" |", zeile_summe(y))
ausgeben("Schritt", SCHRITT * BREITE, sep=": ")
sei summen = []
für y in bereich(HÖHE):
    summen.append(zeile_summe(y))
ausgeben(summen, max(summen), min(summen), sum(summen))
