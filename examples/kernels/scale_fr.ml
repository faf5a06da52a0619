# lang: fr
# Noyaux qui écrivent dans la liste reçue : l'appelant voit les modifications.

déf mettre_à_l_échelle(valeurs: liste[flottant], facteur: flottant):
    pour i dans intervalle(longueur(valeurs)):
        valeurs[i] *= facteur


déf sommes_cumulées(valeurs: liste[entier]) -> entier:
    soit total = 0
    pour i dans intervalle(longueur(valeurs)):
        total += valeurs[i]
        valeurs[i] = total
    retour total
