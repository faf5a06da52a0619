# lang: fr
# Il manque les deux-points après la condition.

déf signe(x: entier) -> entier:
    si x < 0
        retour -1
    retour 1
