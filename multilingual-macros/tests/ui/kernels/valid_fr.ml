# lang: fr
# Un noyau correct : seuls les arguments de `include_ml!` sont en cause.

déf carré(x: entier) -> entier:
    retour x * x
