# lang: nl
# XOR-versleuteling: elke byte van de gegevens met de sleutel, die zich herhaalt.

definieer xor_versleutel(gegevens: lijst[geheel], sleutel: lijst[geheel]) -> lijst[geheel]:
    laat uitvoer: lijst[geheel] = []
    laat positie = 0
    voor waarde in gegevens:
        uitvoer.append(waarde ^ sleutel[positie % lengte(sleutel)])
        positie += 1
    retourneer uitvoer


definieer controlesom(gegevens: lijst[geheel]) -> geheel:
    laat totaal = 0
    voor waarde in gegevens:
        totaal = (totaal * 31 + waarde) % 65521
    retourneer totaal
