# lang: nl
# Twee fouten in één bestand: beide worden gemeld.

definieer gemiddelde(waarden: lijst[drijvend_komma]) -> drijvend_komma:
    laat som = 0.0
    voor w in waarden:
        som += w
    retourneer som / lengte(waarde)


definieer kwadraat(x: geheel_getal) -> geheel_getal:
    retourneer x * 1.5
