# lang: nl
# Conways Game of Life op een begrensd raster (lijst van rijen met booleans): een glider,
# een knipperlicht en een blok, met leeftijden per cel en detectie van een stilstaande toestand.

definieer leeg_raster(hoogte: geheel, breedte: geheel) -> lijst[lijst[booleaans]]:
    laat raster = []
    voor r in bereik(hoogte):
        laat rij = []
        voor k in bereik(breedte):
            rij.append(Onwaar)
        raster.append(rij)
    retourneer raster


definieer buren(raster: lijst[lijst[booleaans]], r: geheel, k: geheel) -> geheel:
    laat n = 0
    voor dr in [-1, 0, 1]:
        voor dk in [-1, 0, 1]:
            laat rr = r + dr
            laat kk = k + dk
            als (dr != 0 of dk != 0) en 0 <= rr < lengte(raster) en 0 <= kk < lengte(raster[0]):
                als raster[rr][kk]:
                    n += 1
    retourneer n


definieer stap(raster: lijst[lijst[booleaans]]) -> lijst[lijst[booleaans]]:
    laat nieuw = []
    voor r in bereik(lengte(raster)):
        laat rij = []
        voor k in bereik(lengte(raster[r])):
            laat n = buren(raster, r, k)
            rij.append(n == 3 of (raster[r][k] en n == 2))
        nieuw.append(rij)
    retourneer nieuw


definieer populatie(raster: lijst[lijst[booleaans]]) -> geheel:
    laat totaal = 0
    voor rij in raster:
        voor cel in rij:
            als cel:
                totaal += 1
    retourneer totaal


definieer gelijk(a: lijst[lijst[booleaans]], b: lijst[lijst[booleaans]]) -> booleaans:
    voor r in bereik(lengte(a)):
        voor k in bereik(lengte(a[r])):
            als a[r][k] != b[r][k]:
                retourneer Onwaar
    retourneer Waar


definieer teken(raster: lijst[lijst[booleaans]], generatie: geheel):
    afdrukken(f"generatie {generatie}, populatie {populatie(raster)}")
    voor rij in raster:
        laat regel = ""
        voor cel in rij:
            regel += "O" als cel anders "."
        afdrukken(regel)


definieer verouder(leeftijd: lijst[lijst[geheel]], raster: lijst[lijst[booleaans]]):
    voor r in bereik(lengte(raster)):
        voor k in bereik(lengte(raster[r])):
            als raster[r][k]:
                leeftijd[r][k] += 1
            anders:
                leeftijd[r][k] = 0


laat raster = leeg_raster(8, 10)
voor plek in [[0, 1], [1, 2], [2, 0], [2, 1], [2, 2], [5, 7], [5, 8], [5, 9], [6, 1], [6, 2], [7, 1], [7, 2]]:
    raster[plek[0]][plek[1]] = Waar
laat leeftijd = []
voor r in bereik(8):
    leeftijd.append([0] * 10)
teken(raster, 0)
laat generatie = 0
terwijl generatie < 30:
    verouder(leeftijd, raster)
    laat volgende = stap(raster)
    generatie += 1
    als generatie == 4:
        teken(volgende, generatie)
    als gelijk(volgende, raster):
        afdrukken("stilstand na generatie", generatie)
        breek
    raster = volgende
teken(raster, generatie)
afdrukken("leeftijden van de onderste rijen:", leeftijd[6], leeftijd[7])
laat oudste = 0
voor rij in leeftijd:
    oudste = max(oudste, max(rij))
afdrukken("oudste cel:", oudste, "generaties")
