# lang: nl
# Taaltest (Nederlands): sleutelwoorden voor controle, logische operatoren en ingebouwde functies.

definieer categorie(n: geheel) -> geheel:
    als n < 0:
        retourneer -1
    anders_als n == 0:
        retourneer 0
    anders_als n < 10:
        retourneer 1
    anders:
        retourneer 2


definieer aftellen(n: geheel) -> geheel:
    laat totaal = 0
    laat teller = n
    terwijl teller > 0:
        teller -= 1
        als teller % 3 == 0:
            ga_door
        als totaal > 40:
            breek
        totaal += teller
    retourneer totaal


definieer bereiksommen() -> geheel:
    laat totaal = 0
    voor k in bereik(5):
        totaal += k
    voor k in bereik(2, 6):
        totaal += k * 10
    voor k in bereik(10, 0, -3):
        totaal += k * 100
    retourneer totaal


definieer lijst_doorlopen() -> geheel:
    laat waarden = [3, 1, 4, 1, 5]
    laat totaal = 0
    voor waarde in waarden:
        als waarde == 1:
            sla_over
        anders:
            totaal += waarde
    waarden.append(9)
    waarden[0] = 10
    retourneer totaal + waarden[-1] * 100 + waarden[0] * 1000 + lengte(waarden) * 10000


definieer logica(a: geheel, b: geheel) -> booleaans:
    laat allebei = a > 0 en b > 0
    laat minstens_een = a > 0 of b > 0
    laat vlag = Onwaar
    als allebei of (minstens_een en niet a == b):
        vlag = Waar
    retourneer vlag en niet a > 100


definieer tussen(x: geheel) -> booleaans:
    retourneer 0 <= x < 10 en 1 < x * 2 <= 18


definieer keuze(x: geheel) -> geheel:
    laat richting = -1 als x < 0 anders 1 als x > 0 anders 0
    retourneer richting * 100 + (x * 2 als x > 5 anders x - 1)


definieer ingebouwde_functies() -> geheel:
    laat waarden = [4, -7, 2, 9]
    laat totaal = som(waarden)
    laat aantal = lengte(waarden)
    laat kleinste = minimum(waarden)
    laat grootste = maximum(waarden)
    retourneer totaal + aantal * 10 + absoluut(kleinste) * 100 + grootste * 1000 + minimum(3, 8) * 10000 + maximum(1, 2) * 100000


definieer omzettingen(x: drijvend) -> drijvend:
    laat geheel_deel = geheel_getal(x)
    retourneer drijvend_komma(geheel_deel) * 2.0 + drijvend_komma(7) / 2.0 + absoluut(x)


definieer waarheid(n: geheel) -> booleaans:
    retourneer booleaans(n) == Waar


definieer priemgetallen_tellen(grens: geheel) -> geheel:
    laat aantal = 0
    voor kandidaat in bereik(2, grens):
        laat is_priem = Waar
        voor deler in bereik(2, kandidaat):
            als deler * deler > kandidaat:
                breek
            als kandidaat % deler == 0:
                is_priem = Onwaar
                breek
        als is_priem:
            aantal += 1
    retourneer aantal
