# lang: pl
# Wypełnianie obszarów (flood fill) z jawnym stosem zamiast rekurencji: etykietowanie spójnych
# obszarów planszy zapisanej jako lista napisów, rozmiary obszarów i największa głębokość stosu.

funkcja wczytaj(mapa: lista[tekst]) -> lista[lista[calkowita]]:
    niech siatka = []
    dla wiersz w mapa:
        niech komorki = []
        dla znak w wiersz:
            komorki.append(-1 jesli znak == "#" inaczej 0)
        siatka.append(komorki)
    zwroc siatka


funkcja wypelnij(siatka: lista[lista[calkowita]], r0: calkowita, k0: calkowita, etykieta: calkowita, stos: lista[calkowita]) -> calkowita:
    niech szer = dlugosc(siatka[0])
    niech wierzch = 0
    niech rozmiar = 0
    niech glebokosc = 0
    stos[wierzch] = r0 * szer + k0
    wierzch += 1
    siatka[r0][k0] = etykieta
    dopoki wierzch > 0:
        wierzch -= 1
        niech r = stos[wierzch] // szer
        niech k = stos[wierzch] % szer
        rozmiar += 1
        dla krok w [[-1, 0], [1, 0], [0, -1], [0, 1]]:
            niech nr = r + krok[0]
            niech nk = k + krok[1]
            jesli 0 <= nr < dlugosc(siatka) oraz 0 <= nk < szer oraz siatka[nr][nk] == 0:
                siatka[nr][nk] = etykieta
                stos[wierzch] = nr * szer + nk
                wierzch += 1
                glebokosc = max(glebokosc, wierzch)
    stos[0] = glebokosc
    zwroc rozmiar


funkcja rysuj(siatka: lista[lista[calkowita]]):
    dla wiersz w siatka:
        niech tekst_wiersza = ""
        dla v w wiersz:
            jesli v == -1:
                tekst_wiersza += "#"
            inaczej_jesli v == 0:
                tekst_wiersza += "."
            inaczej:
                tekst_wiersza += chr(ord("a") + v - 1)
        drukuj(tekst_wiersza)


niech mapa = [
    "##############",
    "#....#.......#",
    "#....#..###..#",
    "######..#.#..#",
    "#.......###..#",
    "#..###########",
    "#..#.....#...#",
    "#..#..#..#.#.#",
    "####..#....#.#",
    "##############",
]
niech siatka = wczytaj(mapa)
drukuj("plansza", dlugosc(siatka), "x", dlugosc(siatka[0]), "; pierwszy wiersz:", mapa[0])
niech sciany = 0
dla wiersz w siatka:
    dla v w wiersz:
        jesli v == -1:
            sciany += 1
drukuj("ściany:", sciany, "wolne:", dlugosc(siatka) * dlugosc(siatka[0]) - sciany)
niech stos = [0] * (dlugosc(siatka) * dlugosc(siatka[0]))
niech rozmiary: lista[calkowita] = []
niech etykieta = 0
dla r w zakres(dlugosc(siatka)):
    dla k w zakres(dlugosc(siatka[r])):
        jesli siatka[r][k] == 0:
            etykieta += 1
            niech rozmiar = wypelnij(siatka, r, k, etykieta, stos)
            rozmiary.append(rozmiar)
            drukuj(f"obszar {chr(ord('a') + etykieta - 1)}: start ({r}, {k}), {rozmiar} pól, stos do {stos[0]}")
rysuj(siatka)
drukuj("rozmiary:", rozmiary, "suma:", suma(rozmiary), "największy:", max(rozmiary))
niech siatka2 = wczytaj(mapa)
siatka2[3][6] = -1
siatka2[3][7] = -1
niech n = 0
dla r w zakres(dlugosc(siatka2)):
    dla k w zakres(dlugosc(siatka2[r])):
        jesli siatka2[r][k] == 0:
            n += 1
            wypelnij(siatka2, r, k, n, stos)
drukuj("po zamurowaniu przejścia obszarów:", n)
rysuj(siatka2)
