# lang: nl
# Beschrijvende statistiek van een reeks metingen: gemiddelde, variantie, mediaan en kwartielen.

importeer math


definieer invoegsorteer(waarden: lijst[drijvend]):
    laat k = 1
    terwijl k < lengte(waarden):
        laat sleutel = waarden[k]
        laat j = k - 1
        terwijl j >= 0 en waarden[j] > sleutel:
            waarden[j + 1] = waarden[j]
            j -= 1
        waarden[j + 1] = sleutel
        k += 1


definieer gemiddelde(waarden: lijst[drijvend]) -> drijvend:
    laat totaal = 0.0
    voor w in waarden:
        totaal += w
    retourneer totaal / lengte(waarden)


definieer variantie(waarden: lijst[drijvend], steekproef: booleaans) -> drijvend:
    laat m = gemiddelde(waarden)
    laat kwadraten = 0.0
    voor w in waarden:
        kwadraten += (w - m) ** 2
    laat n = lengte(waarden)
    als steekproef:
        retourneer kwadraten / (n - 1)
    retourneer kwadraten / n


definieer kwantiel(gesorteerd: lijst[drijvend], p: drijvend) -> drijvend:
    laat positie = p * (lengte(gesorteerd) - 1)
    laat onder = int(positie)
    laat fractie = positie - onder
    als onder + 1 >= lengte(gesorteerd):
        retourneer gesorteerd[onder]
    retourneer gesorteerd[onder] + fractie * (gesorteerd[onder + 1] - gesorteerd[onder])


definieer mediaan(gesorteerd: lijst[drijvend]) -> drijvend:
    laat n = lengte(gesorteerd)
    als n % 2 == 1:
        retourneer gesorteerd[n // 2]
    retourneer (gesorteerd[n // 2 - 1] + gesorteerd[n // 2]) / 2


metingen = [12.5, 9.75, 14.0, 11.25, 8.5, 13.0, 10.0, 15.5, 9.0, 12.0, 11.75]
afdrukken("metingen:", metingen)
afdrukken("aantal:", lengte(metingen), "som:", som(metingen))
laat gem = gemiddelde(metingen)
afdrukken(f"gemiddelde      {gem:>10.4f}")
afdrukken(f"variantie (pop) {variantie(metingen, Onwaar):>10.4f}")
afdrukken(f"variantie (stp) {variantie(metingen, Waar):>10.4f}")
afdrukken(f"standaardafw.   {math.sqrt(variantie(metingen, Waar)):>10.4f}")
invoegsorteer(metingen)
afdrukken("gesorteerd:", metingen)
afdrukken("mediaan:", mediaan(metingen))
afdrukken("minimum:", minimum(metingen), "maximum:", maximum(metingen), "bereik:", maximum(metingen) - minimum(metingen))
voor p in [0.25, 0.5, 0.75, 0.9]:
    afdrukken(f"kwantiel {p:<5} = {kwantiel(metingen, p):.3f}")
laat boven = 0
laat onder_gem = 0
voor w in metingen:
    als w > gem:
        boven += 1
    anders_als w < gem:
        onder_gem += 1
    anders:
        afdrukken("precies gemiddeld:", w)
afdrukken("boven het gemiddelde:", boven, "eronder:", onder_gem, sep=" ")
laat even = [4.0, 1.0, 3.0, 2.0]
invoegsorteer(even)
afdrukken(even, mediaan(even), kwantiel(even, 0.5) == mediaan(even))
laat z_scores: lijst[drijvend] = []
laat sd = math.sqrt(variantie(metingen, Onwaar))
voor w in metingen:
    z_scores.append((w - gem) / sd)
voor z in z_scores:
    afdrukken(f"{z:+.2f}", end=" ")
afdrukken()
afdrukken(f"grootste |z|: {maximum(absoluut(minimum(z_scores)), maximum(z_scores)):.3f}")
