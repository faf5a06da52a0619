# lang: pl
# Szyfr XOR i suma kontrolna Fletcher-16 na bajtach.

funkcja szyfruj(dane: bajty, klucz: bajty) -> bajty:
    niech wynik: lista[calkowita] = []
    dla i w zakres(dlugosc(dane)):
        wynik.append(dane[i] ^ klucz[i % dlugosc(klucz)])
    zwroc bajty(wynik)


funkcja suma_kontrolna(dane: bajty) -> calkowita:
    niech a = 0
    niech b = 0
    dla x w dane:
        a = (a + x) % 255
        b = (b + a) % 255
    zwroc (b << 8) | a
