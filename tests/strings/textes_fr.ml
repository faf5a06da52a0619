# lang: fr
# Opérations sur les chaînes, en français.

déf saluer(nom: chaîne, n: entier) -> chaîne:
    soit r: chaîne = "Bonjour, " + nom
    si n > 1:
        r += " ×" + chaîne(n)
    retour r + f" ({longueur(nom)} lettres, {n:03})"


déf initiales(mots: chaîne) -> chaîne:
    soit r = ""
    soit début = Vrai
    pour c dans mots:
        si c == " ":
            début = Vrai
        sinon si début:
            r += c
            début = Faux
    retour r


déf compter(aiguille: chaîne, botte: chaîne) -> entier:
    soit n = 0
    si aiguille pas dans botte:
        retour -1
    pour i dans intervalle(longueur(botte)):
        si botte[i] == aiguille:
            n += 1
    retour n


déf prix(x: flottant) -> chaîne:
    retour f"{x:.2f} €, {x!r}"
