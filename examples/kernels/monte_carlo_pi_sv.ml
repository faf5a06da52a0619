# lang: sv
# Monte Carlo-uppskattning av pi med en linjär kongruensgenerator.

definiera _nästa_tillstånd(tillstånd: heltal) -> heltal:
    retur (tillstånd * 1103515245 + 12345) % 2147483648


definiera uppskatta_pi(antal: heltal, frö: heltal) -> flyttal:
    lat tillstånd = frö
    lat träffar = 0
    for försök i intervall(antal):
        tillstånd = _nästa_tillstånd(tillstånd)
        lat x = tillstånd / 2147483648.0
        tillstånd = _nästa_tillstånd(tillstånd)
        lat y = tillstånd / 2147483648.0
        om x * x + y * y <= 1.0:
            träffar += 1
    retur 4.0 * träffar / antal
