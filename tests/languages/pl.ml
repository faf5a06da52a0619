# lang: pl
# Test jezyka (polski): slowa kluczowe sterowania, operatory logiczne i funkcje wbudowane.

funkcja kategoria(n: calkowita) -> calkowita:
    jesli n < 0:
        zwroc -1
    inaczej_jesli n == 0:
        zwroc 0
    inaczej_jesli n < 10:
        zwroc 1
    inaczej:
        zwroc 2


funkcja odliczanie(n: calkowita) -> calkowita:
    niech suma_czesciowa = 0
    niech licznik = n
    dopoki licznik > 0:
        licznik -= 1
        jesli licznik % 3 == 0:
            kontynuuj
        jesli suma_czesciowa > 40:
            przerwij
        suma_czesciowa += licznik
    zwroc suma_czesciowa


funkcja sumy_zakresow() -> calkowita:
    niech razem = 0
    dla k w zakres(5):
        razem += k
    dla k w zakres(2, 6):
        razem += k * 10
    dla k w zakres(10, 0, -3):
        razem += k * 100
    zwroc razem


funkcja przejscie_listy() -> calkowita:
    niech wartości = [3, 1, 4, 1, 5]
    niech razem = 0
    dla wartość w wartości:
        jesli wartość == 1:
            pomin
        inaczej:
            razem += wartość
    wartości.append(9)
    wartości[0] = 10
    zwroc razem + wartości[-1] * 100 + wartości[0] * 1000 + dlugosc(wartości) * 10000


funkcja logika(a: calkowita, b: calkowita) -> logiczna:
    niech obie = a > 0 oraz b > 0
    niech choc_jedna = a > 0 lub b > 0
    niech flaga = Falsz
    jesli obie lub (choc_jedna oraz nie a == b):
        flaga = Prawda
    zwroc flaga oraz nie a > 100


funkcja pomiedzy(x: calkowita) -> logiczna:
    zwroc 0 <= x < 10 oraz 1 < x * 2 <= 18


funkcja wybor(x: calkowita) -> calkowita:
    niech kierunek = -1 jesli x < 0 inaczej 1 jesli x > 0 inaczej 0
    zwroc kierunek * 100 + (x * 2 jesli x > 5 inaczej x - 1)


funkcja funkcje_wbudowane() -> calkowita:
    niech wartości = [4, -7, 2, 9]
    niech razem = suma(wartości)
    niech ile = dlugosc(wartości)
    niech najmniejsza = minimum(wartości)
    niech największa = maksimum(wartości)
    zwroc razem + ile * 10 + bezwzgledna(najmniejsza) * 100 + największa * 1000 + minimum(3, 8) * 10000 + maksimum(1, 2) * 100000


funkcja konwersje(x: zmiennoprzecinkowa) -> zmiennoprzecinkowa:
    niech czesc_calkowita = liczba_calkowita(x)
    zwroc zmiennoprzecinkowy(czesc_calkowita) * 2.0 + zmiennoprzecinkowy(7) / 2.0 + bezwzgledna(x)


funkcja prawdziwosc(n: calkowita) -> logiczna:
    zwroc logiczny(n) == Prawda


funkcja policz_pierwsze(granica: calkowita) -> calkowita:
    niech ile = 0
    dla kandydat w zakres(2, granica):
        niech pierwsza = Prawda
        dla dzielnik w zakres(2, kandydat):
            jesli dzielnik * dzielnik > kandydat:
                przerwij
            jesli kandydat % dzielnik == 0:
                pierwsza = Falsz
                przerwij
        jesli pierwsza:
            ile += 1
    zwroc ile
