# lang: da
# Sprogtest (dansk): nøgleord for kontrolflow, logiske operatorer og indbyggede funktioner.

definer kategori(n: heltal) -> heltal:
    hvis n < 0:
        returner -1
    ellers_hvis n == 0:
        returner 0
    ellers_hvis n < 10:
        returner 1
    ellers:
        returner 2


definer nedtælling(n: heltal) -> heltal:
    lad total = 0
    lad tæller = n
    mens tæller > 0:
        tæller -= 1
        hvis tæller % 3 == 0:
            fortsaet
        hvis total > 40:
            afbryd
        total += tæller
    returner total


definer intervalsummer() -> heltal:
    lad total = 0
    for k i interval(5):
        total += k
    for k i interval(2, 6):
        total += k * 10
    for k i interval(10, 0, -3):
        total += k * 100
    returner total


definer gennemløb_liste() -> heltal:
    lad værdier = [3, 1, 4, 1, 5]
    lad total = 0
    for værdi i værdier:
        hvis værdi == 1:
            pass
        ellers:
            total += værdi
    værdier.append(9)
    værdier[0] = 10
    returner total + værdier[-1] * 100 + værdier[0] * 1000 + laengde(værdier) * 10000


definer logik(a: heltal, b: heltal) -> boolsk:
    lad begge = a > 0 og b > 0
    lad mindst_en = a > 0 eller b > 0
    lad flag = Falsk
    hvis begge eller (mindst_en og ikke a == b):
        flag = Sand
    returner flag og ikke a > 100


definer mellem(x: heltal) -> boolsk:
    returner 0 <= x < 10 og 1 < x * 2 <= 18


definer valg(x: heltal) -> heltal:
    lad fortegn = -1 hvis x < 0 ellers 1 hvis x > 0 ellers 0
    returner fortegn * 100 + (x * 2 hvis x > 5 ellers x - 1)


definer indbyggede_funktioner() -> heltal:
    lad værdier = [4, -7, 2, 9]
    lad total = summering(værdier)
    lad antal = laengde(værdier)
    lad mindste = minimum(værdier)
    lad største = maksimum(værdier)
    returner total + antal * 10 + absolut(mindste) * 100 + største * 1000 + minimum(3, 8) * 10000 + maksimum(1, 2) * 100000


definer omregninger(x: flydetal) -> flydetal:
    lad heltalsdel = heltal(x)
    returner flydende(heltalsdel) * 2.0 + flydende(7) / 2.0 + absolut(x)


definer sandhed(n: heltal) -> boolsk:
    returner boolsk(n) == Sand


definer tæl_primtal(grænse: heltal) -> heltal:
    lad antal = 0
    for kandidat i interval(2, grænse):
        lad er_primtal = Sand
        for divisor i interval(2, kandidat):
            hvis divisor * divisor > kandidat:
                afbryd
            hvis kandidat % divisor == 0:
                er_primtal = Falsk
                afbryd
        hvis er_primtal:
            antal += 1
    returner antal
