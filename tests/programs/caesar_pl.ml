# lang: pl
# Szyfr Cezara i prosty skrót tekstu z maskami bitowymi.

funkcja przesun(tekst: str, klucz: calkowita) -> str:
    niech wynik = ""
    dla znak w tekst:
        jesli "a" <= znak oraz znak <= "z":
            wynik = wynik + chr((ord(znak) - ord("a") + klucz) % 26 + ord("a"))
        inaczej_jesli "A" <= znak oraz znak <= "Z":
            wynik = wynik + chr((ord(znak) - ord("A") + klucz) % 26 + ord("A"))
        inaczej:
            wynik = wynik + znak
    zwroc wynik


funkcja skrot(tekst: str) -> calkowita:
    niech h = 5381
    dla znak w tekst:
        h = ((h << 5) + h + ord(znak)) & 0xFFFFFFFF
    zwroc h


niech jawny = "Zazolc gesla jazn, Ala ma kota!"
niech tajny = przesun(jawny, 3)
drukuj("jawny:  ", jawny)
drukuj("tajny:  ", tajny)
drukuj("z powrotem:", przesun(tajny, 23))
drukuj(f"skrot = {skrot(jawny)} ({skrot(jawny):x})")
drukuj(skrot("") == 5381, len(tajny), tajny.upper(), tajny.count("d"))
