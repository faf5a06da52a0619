# lang: fr
# Tables de conversion de températures, mises en forme avec des spécifications de format.

ZERO_ABSOLU = -273.15


déf vers_fahrenheit(c: flottant) -> flottant:
    retour c * 9.0 / 5.0 + 32.0


déf vers_celsius(f: flottant) -> flottant:
    retour (f - 32.0) * 5.0 / 9.0


déf vers_kelvin(c: flottant) -> flottant:
    retour c - ZERO_ABSOLU


déf description(c: flottant) -> chaîne:
    si c < 0.0:
        retour "gel"
    sinon si c < 15.0:
        retour "frais"
    sinon si c < 25.0:
        retour "doux"
    sinon:
        retour "chaud"


afficher(f"{'°C':>8}|{'°F':>8}|{'K':>8}|{'état':^7}|")
afficher("-" * 8, "-" * 8, "-" * 8, "-" * 7, "", sep="+")
pour c dans intervalle(-20, 41, 10):
    soit cf = flottant(c)
    afficher(f"{cf:>8.1f}|{vers_fahrenheit(cf):>8.2f}|{vers_kelvin(cf):>8.2f}|{description(cf):^7}|")
afficher()
afficher(f"{'°F':<5}{'°C':>10}")
pour f dans [-40.0, 0.0, 32.0, 98.6, 212.0, 451.0]:
    afficher(f"{f:<5}{vers_celsius(f):>10.3f}")
afficher()
soit mesures = [12.4, 15.1, 9.8, 21.3, 25.7, 18.2, 11.0]
soit jours = "lun mar mer jeu ven sam dim"
soit somme_c = 0.0
soit plus_chaud = 0
pour k dans intervalle(longueur(mesures)):
    somme_c += mesures[k]
    si mesures[k] > mesures[plus_chaud]:
        plus_chaud = k
    soit nom = jours[4 * k] + jours[4 * k + 1] + jours[4 * k + 2]
    afficher(f"{nom:<5}{mesures[k]:>6.1f} °C {'#' * int(mesures[k]):<26}|")
soit moyenne = somme_c / longueur(mesures)
afficher(f"moyenne {moyenne:.2f} °C = {vers_fahrenheit(moyenne):.2f} °F, maximum le jour {plus_chaud}")
afficher(f"écart {maximum(mesures) - minimum(mesures):^9.2f} fin")
afficher(f"zéro absolu : {ZERO_ABSOLU:e} °C, {vers_fahrenheit(ZERO_ABSOLU):.3e} °F")
afficher(f"soleil : {5772:,} K = {5772 + ZERO_ABSOLU:,.1f} °C ; code {5772:x} / {5772:X} / {5772:o} / {5772:b}")
afficher(f"{0.000123456:.3g} {123456789.0:.4g} {1.5:%} {0.25:.0%} {-3:05d} {42:+} {7:^5}|")
afficher(somme(mesures), valeurabsolue(ZERO_ABSOLU), entier(vers_fahrenheit(37.0)), flottant("36.6") + 0.4)
