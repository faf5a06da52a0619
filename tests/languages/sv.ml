# lang: sv
# Språktest (svenska): nyckelord för kontrollflöde, logiska operatorer och inbyggda funktioner.

definiera kategori(n: heltal) -> heltal:
    om n < 0:
        retur -1
    annars_om n == 0:
        retur 0
    annars_om n < 10:
        retur 1
    annars:
        retur 2


definiera nedräkning(n: heltal) -> heltal:
    lat totalt = 0
    lat räknare = n
    medan räknare > 0:
        räknare -= 1
        om räknare % 3 == 0:
            fortsatt
        om totalt > 40:
            bryt
        totalt += räknare
    retur totalt


definiera intervallsummor() -> heltal:
    lat totalt = 0
    for k i intervall(5):
        totalt += k
    for k i intervall(2, 6):
        totalt += k * 10
    for k i intervall(10, 0, -3):
        totalt += k * 100
    retur totalt


definiera gå_igenom_lista() -> heltal:
    lat värden = [3, 1, 4, 1, 5]
    lat totalt = 0
    for värde i värden:
        om värde == 1:
            passera
        annars:
            totalt += värde
    värden.append(9)
    värden[0] = 10
    retur totalt + värden[-1] * 100 + värden[0] * 1000 + langd(värden) * 10000


definiera logik(a: heltal, b: heltal) -> boolesk:
    lat båda = a > 0 och b > 0
    lat minst_en = a > 0 eller b > 0
    lat flagga = Falskt
    om båda eller (minst_en och inte a == b):
        flagga = Sant
    retur flagga och inte a > 100


definiera mellan(x: heltal) -> boolesk:
    retur 0 <= x < 10 och 1 < x * 2 <= 18


definiera val(x: heltal) -> heltal:
    lat riktning = -1 om x < 0 annars 1 om x > 0 annars 0
    retur riktning * 100 + (x * 2 om x > 5 annars x - 1)


definiera inbyggda_funktioner() -> heltal:
    lat värden = [4, -7, 2, 9]
    lat totalt = summa(värden)
    lat antal = langd(värden)
    lat minsta = minimum(värden)
    lat största = maximum(värden)
    retur totalt + antal * 10 + absolut(minsta) * 100 + största * 1000 + minimum(3, 8) * 10000 + maximum(1, 2) * 100000


definiera omvandlingar(x: flyttal) -> flyttal:
    lat heltalsdel = heltal(x)
    retur flyttal(heltalsdel) * 2.0 + flyttal(7) / 2.0 + absolut(x)


definiera sanning(n: heltal) -> boolesk:
    retur boolesk(n) == Sant


definiera räkna_primtal(gräns: heltal) -> heltal:
    lat antal = 0
    for kandidat i intervall(2, gräns):
        lat är_primtal = Sant
        for delare i intervall(2, kandidat):
            om delare * delare > kandidat:
                bryt
            om kandidat % delare == 0:
                är_primtal = Falskt
                bryt
        om är_primtal:
            antal += 1
    retur antal
