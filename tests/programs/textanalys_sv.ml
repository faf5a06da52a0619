# lang: sv
# Textanalys utan ordböcker: bokstavsfrekvenser i en platt lista, ord, meningar och ett histogram.

TEXT = "Det var en gång en katt som hette Måns. Måns bodde i en liten stuga vid sjön! Varje morgon gick katten ner till vattnet och tittade på fiskarna. Ville han fånga en? Nej, han ville bara titta."


definiera alfabet() -> strang:
    retur "abcdefghijklmnopqrstuvwxyzåäö"


definiera bokstavsindex(c: strang) -> heltal:
    lat k = 0
    for b i alfabet():
        om b == c:
            retur k
        k += 1
    retur -1


definiera frekvenser(text: strang) -> lista[heltal]:
    lat antal = [0] * langd(alfabet())
    for c i text.lower():
        lat k = bokstavsindex(c)
        om k >= 0:
            antal[k] += 1
    retur antal


definiera är_skiljetecken(c: strang) -> boolesk:
    retur c == "." eller c == "!" eller c == "?"


lat ALFABET = alfabet()
lat f = frekvenser(TEXT)
lat bokstäver = summa(f)
skriv("tecken:", langd(TEXT), "bokstäver:", bokstäver, "mellanslag:", TEXT.count(" "))
lat meningar = 0
for c i TEXT:
    om är_skiljetecken(c):
        meningar += 1
skriv("meningar:", meningar, "frågor:", TEXT.count("?"), "utrop:", TEXT.count("!"))
lat ord_antal = 0
lat ord_längder: lista[heltal] = []
lat längsta = ""
lat aktuellt = ""
for c i TEXT + " ":
    om c.isalpha():
        aktuellt += c
    annars:
        om langd(aktuellt) > 0:
            ord_antal += 1
            ord_längder.append(langd(aktuellt))
            om langd(aktuellt) > langd(längsta):
                längsta = aktuellt
        aktuellt = ""
skriv("ord:", ord_antal, "längsta:", längsta, "medellängd:", f"{summa(ord_längder) / ord_antal:.3f}")
skriv("ordlängder:", ord_längder)
lat kortord = 0
for l i ord_längder:
    om l <= 3:
        kortord += 1
skriv(f"korta ord (<= 3): {kortord} = {kortord / ord_antal:.1%}")
skriv("vanligaste bokstäverna:")
lat visade = 0
lat gräns = maximum(f)
medan visade < 6 och gräns > 0:
    for k i intervall(langd(ALFABET)):
        om f[k] == gräns och visade < 6:
            skriv(f"  {ALFABET[k]} {f[k]:>3} {'*' * f[k]:<20} {f[k] / bokstäver:6.2%}")
            visade += 1
    gräns -= 1
lat saknas = ""
for k i intervall(langd(ALFABET)):
    om f[k] == 0:
        saknas += ALFABET[k]
skriv("saknade bokstäver:", saknas)
lat vokaler = 0
for b i "aeiouyåäö":
    vokaler += f[bokstavsindex(b)]
skriv(f"vokaler {vokaler}, konsonanter {bokstäver - vokaler}, kvot {vokaler / (bokstäver - vokaler):.4f}")
skriv(TEXT.find("Måns"), TEXT.replace("Måns", "Pelle").find("Måns"), TEXT.startswith("Det"), TEXT.upper().count("EN"), sep=" / ")
