# lang: nl
# Kalenderrekenen: schrikkeljaren, dagen per maand, weekdag volgens Zeller en een maandoverzicht.



definieer is_schrikkeljaar(jaar: geheel) -> booleaans:
    retourneer (jaar % 4 == 0 en jaar % 100 != 0) of jaar % 400 == 0


definieer dagen_in_maand(jaar: geheel, maand: geheel) -> geheel:
    als maand == 2:
        retourneer 29 als is_schrikkeljaar(jaar) anders 28
    anders_als maand == 4 of maand == 6 of maand == 9 of maand == 11:
        retourneer 30
    retourneer 31


definieer weekdag(jaar: geheel, maand: geheel, dag: geheel) -> geheel:
    als maand < 3:
        maand += 12
        jaar -= 1
    laat k = jaar % 100
    laat j = jaar // 100
    laat h = (dag + 13 * (maand + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    retourneer (h + 6) % 7


definieer maandnaam(maand: geheel) -> tekenreeks:
    laat namen = "januari  februari maart    april    mei      juni     juli     augustus septemberoktober  november december "
    laat naam = ""
    voor p in bereik(9 * (maand - 1), 9 * maand):
        naam += namen[p]
    retourneer naam.strip()


definieer dagnaam(d: geheel) -> tekenreeks:
    laat namen = "zo ma di wo do vr za "
    retourneer namen[3 * d] + namen[3 * d + 1]


definieer dagnummer(jaar: geheel, maand: geheel, dag: geheel) -> geheel:
    laat totaal = dag
    voor m in bereik(1, maand):
        totaal += dagen_in_maand(jaar, m)
    retourneer totaal


definieer toon_maand(jaar: geheel, maand: geheel):
    afdrukken(f"{maandnaam(maand) + ' ' + str(jaar):^20}")
    laat kop = ""
    voor d in bereik(7):
        kop += dagnaam((d + 1) % 7) + " "
    afdrukken(kop.strip())
    laat eerste = (weekdag(jaar, maand, 1) + 6) % 7
    laat regel = ""
    laat kolom = 0
    terwijl kolom < eerste:
        regel += "   " als kolom > 0 anders "  "
        kolom += 1
    voor dag in bereik(1, dagen_in_maand(jaar, maand) + 1):
        als kolom > 0:
            regel += " "
        regel += f"{dag:>2}"
        kolom += 1
        als kolom == 7:
            afdrukken(regel)
            regel = ""
            kolom = 0
    als kolom > 0:
        afdrukken(regel)


laat schrikkel: lijst[geheel] = []
voor jaar in [1900, 1996, 2000, 2023, 2024, 2100, 2400]:
    als is_schrikkeljaar(jaar):
        schrikkel.append(jaar)
afdrukken("schrikkeljaren:", schrikkel)
laat data = [1969, 7, 20, 2000, 1, 1, 2024, 2, 29, 1815, 6, 18]
voor p in bereik(0, lengte(data), 3):
    laat wd = weekdag(data[p], data[p + 1], data[p + 2])
    afdrukken(f"{data[p + 2]:>2} {maandnaam(data[p + 1]):<9} {data[p]}: {dagnaam(wd)}, dag {dagnummer(data[p], data[p + 1], data[p + 2]):>3} van het jaar")
laat totaal_2024 = 0
voor m in bereik(1, 13):
    totaal_2024 += dagen_in_maand(2024, m)
afdrukken("dagen in 2024:", totaal_2024, "in 2023:", dagnummer(2023, 12, 31))
afdrukken()
toon_maand(2024, 2)
toon_maand(2025, 6)
