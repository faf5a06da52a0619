# lang: fi
# Dynaaminen ohjelmointi ruudukossa (lista riveistä): oikealle ja alas kulkevien polkujen määrä
# esteiden kanssa, halvimman polun hinta ja reitti sekä tarkistus binomikertoimella.

maarittele polkuja(kartta: lista[merkkijono]) -> lista[lista[kokonaisluku]]:
    olkoon korkeus = pituus(kartta)
    olkoon leveys = pituus(kartta[0])
    olkoon dp = []
    jokaiselle r sisalla vali(korkeus):
        dp.append([0] * leveys)
    jokaiselle r sisalla vali(korkeus):
        jokaiselle s sisalla vali(leveys):
            jos kartta[r][s] == "#":
                dp[r][s] = 0
            muuten_jos r == 0 ja s == 0:
                dp[r][s] = 1
            muuten:
                olkoon ylhaalta = dp[r - 1][s] jos r > 0 muuten 0
                olkoon vasemmalta = dp[r][s - 1] jos s > 0 muuten 0
                dp[r][s] = ylhaalta + vasemmalta
    palauta dp


maarittele halvin(hinta: lista[lista[kokonaisluku]]) -> lista[lista[kokonaisluku]]:
    olkoon paras: lista[lista[kokonaisluku]] = []
    jokaiselle r sisalla vali(pituus(hinta)):
        olkoon rivi = []
        jokaiselle s sisalla vali(pituus(hinta[r])):
            olkoon h = hinta[r][s]
            jos r == 0 ja s == 0:
                rivi.append(h)
            muuten_jos r == 0:
                rivi.append(rivi[s - 1] + h)
            muuten_jos s == 0:
                rivi.append(paras[r - 1][s] + h)
            muuten:
                rivi.append(min(paras[r - 1][s], rivi[s - 1]) + h)
        paras.append(rivi)
    palauta paras


maarittele reitti(paras: lista[lista[kokonaisluku]]) -> lista[merkkijono]:
    olkoon r = pituus(paras) - 1
    olkoon s = pituus(paras[0]) - 1
    olkoon askeleet: lista[merkkijono] = []
    kun r > 0 tai s > 0:
        jos r == 0:
            askeleet.append("O")
            s -= 1
        muuten_jos s == 0:
            askeleet.append("A")
            r -= 1
        muuten_jos paras[r - 1][s] <= paras[r][s - 1]:
            askeleet.append("A")
            r -= 1
        muuten:
            askeleet.append("O")
            s -= 1
    olkoon kaannetty: lista[merkkijono] = []
    jokaiselle k sisalla vali(pituus(askeleet) - 1, -1, -1):
        kaannetty.append(askeleet[k])
    palauta kaannetty


maarittele taulukko(otsikko: merkkijono, t: lista[lista[kokonaisluku]]):
    tulosta(otsikko)
    jokaiselle rivi sisalla t:
        olkoon teksti = ""
        jokaiselle x sisalla rivi:
            teksti += f"{x:5}"
        tulosta(teksti)


olkoon kartta = [
    "......",
    ".#..#.",
    "...#..",
    "#.....",
    "..#...",
]
taulukko("polkujen määrät:", polkuja(kartta))
olkoon tyhja: lista[merkkijono] = []
jokaiselle r sisalla vali(8):
    tyhja.append("." * 8)
olkoon vapaa = polkuja(tyhja)
tulosta("esteetön 8×8:", vapaa[7][7], "= C(14, 7) =", 14 * 13 * 12 * 11 * 10 * 9 * 8 // (7 * 6 * 5 * 4 * 3 * 2))
tulosta("lävistäjä:", vapaa[1][1], vapaa[2][2], vapaa[3][3], vapaa[4][4], vapaa[5][5], vapaa[6][6])
olkoon hinta = [
    [1, 3, 1, 8, 2],
    [1, 5, 1, 9, 1],
    [4, 2, 1, 1, 7],
    [9, 9, 3, 2, 1],
]
olkoon paras = halvin(hinta)
taulukko("halvimmat kertymät:", paras)
olkoon askeleet = reitti(paras)
tulosta("halvin hinta:", paras[3][4], "reitti:", askeleet)
r = 0
s = 0
olkoon summa_reitilla = hinta[0][0]
olkoon merkit = []
jokaiselle hintarivi sisalla hinta:
    merkit.append(["."] * pituus(hintarivi))
merkit[0][0] = "*"
jokaiselle a sisalla askeleet:
    jos a == "A":
        r += 1
    muuten:
        s += 1
    summa_reitilla += hinta[r][s]
    merkit[r][s] = "*"
jokaiselle merkkirivi sisalla merkit:
    olkoon teksti = ""
    jokaiselle m sisalla merkkirivi:
        teksti += m
    tulosta(teksti)
tulosta("reitin summa täsmää:", summa_reitilla == paras[3][4], "; merkit:", merkit[0])
