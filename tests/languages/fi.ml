# lang: fi
# Kielitesti (suomi): ohjausrakenteiden avainsanat, loogiset operaattorit ja sisäänrakennetut funktiot.

maarittele luokka_arvo(n: kokonaisluku) -> kokonaisluku:
    jos n < 0:
        palauta -1
    muuten_jos n == 0:
        palauta 0
    muuten_jos n < 10:
        palauta 1
    muuten:
        palauta 2


maarittele lähtölaskenta(n: kokonaisluku) -> kokonaisluku:
    olkoon yhteensä = 0
    olkoon laskuri = n
    kun laskuri > 0:
        laskuri -= 1
        jos laskuri % 3 == 0:
            jatka
        jos yhteensä > 40:
            keskeyta
        yhteensä += laskuri
    palauta yhteensä


maarittele välien_summat() -> kokonaisluku:
    olkoon yhteensä = 0
    jokaiselle k sisalla vali(5):
        yhteensä += k
    jokaiselle k sisalla vali(2, 6):
        yhteensä += k * 10
    jokaiselle k sisalla vali(10, 0, -3):
        yhteensä += k * 100
    palauta yhteensä


maarittele listan_läpikäynti() -> kokonaisluku:
    olkoon arvot = [3, 1, 4, 1, 5]
    olkoon yhteensä = 0
    jokaiselle arvo sisalla arvot:
        jos arvo == 1:
            ohita
        muuten:
            yhteensä += arvo
    arvot.append(9)
    arvot[0] = 10
    palauta yhteensä + arvot[-1] * 100 + arvot[0] * 1000 + pituus(arvot) * 10000


maarittele logiikka(a: kokonaisluku, b: kokonaisluku) -> totuusarvo:
    olkoon molemmat = a > 0 ja b > 0
    olkoon jompikumpi = a > 0 tai b > 0
    olkoon lippu = Epatosi
    jos molemmat tai (jompikumpi ja ei a == b):
        lippu = Tosi
    palauta lippu ja ei a > 100


maarittele välillä(x: kokonaisluku) -> totuusarvo:
    palauta 0 <= x < 10 ja 1 < x * 2 <= 18


maarittele valinta(x: kokonaisluku) -> kokonaisluku:
    olkoon etumerkki = -1 jos x < 0 muuten 1 jos x > 0 muuten 0
    palauta etumerkki * 100 + (x * 2 jos x > 5 muuten x - 1)


maarittele sisäänrakennetut() -> kokonaisluku:
    olkoon arvot = [4, -7, 2, 9]
    olkoon yhteensä = summa(arvot)
    olkoon määrä = pituus(arvot)
    olkoon pienin = minimi(arvot)
    olkoon suurin = maksimi(arvot)
    palauta yhteensä + määrä * 10 + itseisarvo(pienin) * 100 + suurin * 1000 + minimi(3, 8) * 10000 + maksimi(1, 2) * 100000


maarittele muunnokset(x: liukuluku) -> liukuluku:
    olkoon kokonaisosa = kokonaisluku(x)
    palauta liukuluku(kokonaisosa) * 2.0 + liukuluku(7) / 2.0 + itseisarvo(x)


maarittele totuus(n: kokonaisluku) -> totuusarvo:
    palauta totuusarvo(n) == Tosi


maarittele laske_alkuluvut(raja: kokonaisluku) -> kokonaisluku:
    olkoon määrä = 0
    jokaiselle ehdokas sisalla vali(2, raja):
        olkoon alkuluku = Tosi
        jokaiselle jakaja sisalla vali(2, ehdokas):
            jos jakaja * jakaja > ehdokas:
                keskeyta
            jos ehdokas % jakaja == 0:
                alkuluku = Epatosi
                keskeyta
        jos alkuluku:
            määrä += 1
    palauta määrä
