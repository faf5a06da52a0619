# lang: de
# Zeichenkettenmethoden und Umwandlungen.

def prüfe(wort: zeichenkette) -> zeichenkette:
    sei gross = wort.upper()
    sei klein = wort.lower()
    sei ergebnis = gross + "|" + klein + "|" + wort.strip()
    ergebnis = ergebnis + "|" + str(wort.find("a")) + "|" + str(wort.count("e"))
    ergebnis = ergebnis + "|" + wort.replace("e", "3")
    wenn wort.startswith("Str") oder wort.endswith("e "):
        ergebnis = ergebnis + "|start-ende"
    ergebnis = ergebnis + "|" + str(wort.isalpha()) + str(wort.isdigit())
    ergebnis = ergebnis + str(wort.isupper()) + str(wort.islower())
    rückgabe ergebnis


def zahl(text: zeichenkette) -> ganz:
    rückgabe int(text) * 2


def komma(text: zeichenkette) -> gleitkomma:
    rückgabe float(text) / 4


def code(zeichen: zeichenkette) -> ganz:
    rückgabe ord(zeichen)


def zeichen(n: ganz) -> zeichenkette:
    rückgabe chr(n)
