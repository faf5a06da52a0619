# lang: de
# Die letzte Addition ist weder wie der Schleifenrumpf noch wie die Funktion eingerückt.

def summe(n: ganzzahl) -> ganzzahl:
    sei s = 0
    für i in bereich(n):
        s += i
      s += 1
    rückgabe s
