# lang: de
# Sprachtest (Deutsch): Kontrollfluss-Schlüsselwörter, logische Operatoren und eingebaute Funktionen.

def kategorie(n: ganz) -> ganz:
    wenn n < 0:
        rückgabe -1
    sonstwenn n == 0:
        rückgabe 0
    sonstwenn n < 10:
        rückgabe 1
    sonst:
        rückgabe 2


def herunterzählen(n: ganz) -> ganz:
    sei summe_bisher = 0
    sei zähler = n
    solange zähler > 0:
        zähler -= 1
        wenn zähler % 3 == 0:
            weiter
        wenn summe_bisher > 40:
            abbrechen
        summe_bisher += zähler
    rückgabe summe_bisher


def bereichssummen() -> ganz:
    sei gesamt = 0
    für k in bereich(5):
        gesamt += k
    für k in bereich(2, 6):
        gesamt += k * 10
    für k in bereich(10, 0, -3):
        gesamt += k * 100
    rückgabe gesamt


def listendurchlauf() -> ganz:
    sei werte = [3, 1, 4, 1, 5]
    sei gesamt = 0
    für wert in werte:
        wenn wert == 1:
            pass
        sonst:
            gesamt += wert
    werte.append(9)
    werte[0] = 10
    rückgabe gesamt + werte[-1] * 100 + werte[0] * 1000 + laenge(werte) * 10000


def logik(a: ganz, b: ganz) -> boolesch:
    sei beide = a > 0 und b > 0
    sei eines = a > 0 oder b > 0
    sei merker = Falsch
    wenn beide oder (eines und nicht a == b):
        merker = Wahr
    rückgabe merker und nicht a > 100


def zwischen(x: ganz) -> boolesch:
    rückgabe 0 <= x < 10 und 1 < x * 2 <= 18


def auswahl(x: ganz) -> ganz:
    sei vorzeichen = -1 wenn x < 0 sonst 1 wenn x > 0 sonst 0
    rückgabe vorzeichen * 100 + (x * 2 wenn x > 5 sonst x - 1)


def eingebaute_funktionen() -> ganz:
    sei werte = [4, -7, 2, 9]
    sei gesamt = summe(werte)
    sei anzahl = laenge(werte)
    sei kleinster = minimum(werte)
    sei größter = maximum(werte)
    rückgabe gesamt + anzahl * 10 + absolut(kleinster) * 100 + größter * 1000 + minimum(3, 8) * 10000 + maximum(1, 2) * 100000


def umwandlungen(x: gleitkomma) -> gleitkomma:
    sei ganzteil = ganzzahl(x)
    rückgabe gleitkomma(ganzteil) * 2.0 + dezimal(7) / 2.0 + absolut(x)


def wahrheit(n: ganz) -> boolesch:
    rückgabe wahrheitswert(n) == Wahr


def primzahlen_zählen(grenze: ganz) -> ganz:
    sei anzahl = 0
    für kandidat in bereich(2, grenze):
        sei ist_prim = Wahr
        für teiler in bereich(2, kandidat):
            wenn teiler * teiler > kandidat:
                abbrechen
            wenn kandidat % teiler == 0:
                ist_prim = Falsch
                abbrechen
        wenn ist_prim:
            anzahl += 1
    rückgabe anzahl
