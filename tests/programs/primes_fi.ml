# lang: fi
# Lukuteoriaa: Eratostheneen seula totuusarvolistana, täydelliset luvut ja numeroiden summat.

RAJA = 100


maarittele seula(n: kokonaisluku) -> lista[totuusarvo]:
    olkoon alku = [Tosi] * (n + 1)
    alku[0] = Epatosi
    alku[1] = Epatosi
    olkoon p = 2
    kun p * p <= n:
        jos alku[p]:
            jokaiselle m sisalla vali(p * p, n + 1, p):
                alku[m] = Epatosi
        p += 1
    palauta alku


maarittele jakajien_summa(n: kokonaisluku) -> kokonaisluku:
    olkoon tulos = 1
    olkoon d = 2
    kun d * d <= n:
        jos n % d == 0:
            tulos += d
            jos d != n // d:
                tulos += n // d
        d += 1
    palauta tulos


maarittele numeroiden_summa(n: kokonaisluku) -> kokonaisluku:
    olkoon s = 0
    kun n > 0:
        s += n % 10
        n = n // 10
    palauta s


maarittele digitaalijuuri(n: kokonaisluku) -> kokonaisluku:
    kun n >= 10:
        n = numeroiden_summa(n)
    palauta n


olkoon merkit = seula(RAJA)
olkoon alkuluvut: lista[kokonaisluku] = []
jokaiselle k sisalla vali(RAJA + 1):
    jos merkit[k]:
        alkuluvut.append(k)
tulosta("alkuluvut:", alkuluvut)
tulosta("määrä", pituus(alkuluvut), "summa", summa(alkuluvut), "suurin", maksimi(alkuluvut), sep=" | ")
olkoon kaksoset = 0
jokaiselle k sisalla vali(pituus(alkuluvut) - 1):
    jos alkuluvut[k + 1] - alkuluvut[k] == 2:
        kaksoset += 1
        jos kaksoset <= 5:
            tulosta(f"alkulukukaksoset ({alkuluvut[k]}, {alkuluvut[k + 1]})")
tulosta("kaksosia yhteensä:", kaksoset)
olkoon suurin_rako = 0
olkoon raon_alku = 0
jokaiselle k sisalla vali(1, pituus(alkuluvut)):
    olkoon rako = alkuluvut[k] - alkuluvut[k - 1]
    jos rako > suurin_rako:
        suurin_rako = rako
        raon_alku = alkuluvut[k - 1]
tulosta("suurin rako", suurin_rako, "luvun", raon_alku, "jälkeen")
jokaiselle n sisalla vali(2, 10000):
    olkoon s = jakajien_summa(n)
    jos s == n:
        tulosta(f"{n:>6} on täydellinen")
    muuten_jos s > n ja n % 2 == 1:
        tulosta(f"{n:>6} on pariton runsas luku")
        keskeyta
jokaiselle n sisalla [0, 7, 49, 12345, 99999, 9876543210, 2 ** 62]:
    tulosta(f"{n:>20,}  numerosumma={numeroiden_summa(n):<4} juuri={digitaalijuuri(n)}")
olkoon harshad: lista[kokonaisluku] = []
olkoon ehdokas = 10
kun pituus(harshad) < 10:
    jos ehdokas % numeroiden_summa(ehdokas) == 0 ja ei merkit[ehdokas]:
        harshad.append(ehdokas)
    ehdokas += 1
tulosta("harshad-luvut:", harshad)
