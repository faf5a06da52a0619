# lang: pl
# Kalendarz na krotkach: Wielkanoc (miesiąc, dzień) algorytmem Meeusa, dzień roku, dzień tygodnia, święta ruchome.
SEP = "."


funkcja dziel(a: calkowita, b: calkowita) -> krotka[calkowita, calkowita]:
    zwroc a // b, a % b


funkcja przestepny(rok: calkowita) -> logiczna:
    zwroc rok % 4 == 0 oraz (rok % 100 != 0 lub rok % 400 == 0)


funkcja wielkanoc(rok: calkowita) -> krotka[calkowita, calkowita]:
    a, (b, c) = rok % 19, dziel(rok, 100)
    (d, e), (i, k) = dziel(b, 4), dziel(c, 4)
    niech g = (b - (b + 8) // 25 + 1) // 3
    niech h = (19 * a + b - d - g + 15) % 30
    niech l = (32 + 2 * e + 2 * i - h - k) % 7
    niech m = (a + 11 * h + 22 * l) // 451
    miesiac, dzien = dziel(h + l - 7 * m + 114, 31)
    zwroc (miesiac, dzien + 1)


funkcja dlugosci(rok: calkowita) -> lista[calkowita]:
    zwroc [31, 29 jesli przestepny(rok) inaczej 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


funkcja dzien_roku(rok: calkowita, data: krotka[calkowita, calkowita]) -> calkowita:
    zwroc suma(dlugosci(rok)[:data[0] - 1]) + data[1]


funkcja data_z_dnia(rok: calkowita, n: calkowita) -> krotka[calkowita, calkowita]:
    niech miesiac = 1
    dla dl w dlugosci(rok):
        jesli n <= dl:
            przerwij
        n -= dl
        miesiac += 1
    zwroc miesiac, n


funkcja dzien_tygodnia(rok: calkowita, data: krotka[calkowita, calkowita]) -> calkowita:
    niech t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    rok -= 1 jesli data[0] < 3 inaczej 0
    zwroc (rok + rok // 4 - rok // 100 + rok // 400 + t[data[0] - 1] + data[1] + 6) % 7


funkcja zapis(rok: calkowita, data: krotka[calkowita, calkowita]) -> tekst:
    zwroc f"{data[1]:02d}{SEP}{data[0]:02d}{SEP}{rok} r."


niech dni = ["pon", "wt", "śr", "czw", "pt", "sob", "nd"]
dla rok w [2024, 2025, 2000, 1961, 2038]:
    niech wn = wielkanoc(rok)
    drukuj(rok, wn, zapis(rok, wn), dni[dzien_tygodnia(rok, wn)], "dzień roku", dzien_roku(rok, wn))
rok = 2025
niech baza = dzien_roku(rok, wielkanoc(rok))
dla przesuniecie w (-46, -2, 0, 1, 49, 60):
    niech data = data_z_dnia(rok, baza + przesuniecie)
    drukuj(f"{przesuniecie:>4}: {zapis(rok, data):<16} {data} {dni[dzien_tygodnia(rok, data)]}")
niech lata = list(range(1996, 2026))
niech przestepne = [r dla r w lata jesli przestepny(r)]
drukuj("przestępne:", przestepne, len(przestepne), list(reversed(lata))[:3], list(str(rok)))
dla d w (-1, 0, 1):
    niech para = (2000 + 100 * d, przestepny(2000 + 100 * d))
    drukuj(para, para[-1] == (para[0] % 400 == 0), dziel(para[0], 7))
niech swieto = (rok, (5, 3))
drukuj("3 maja:", swieto, dni[dzien_tygodnia(swieto[0], swieto[1])], dzien_tygodnia(rok, swieto[1]) w (5, 6))
drukuj("długości krotek:", len(swieto), len(swieto[1]), sum([int(c) dla c w list(str(rok))]))
