# lang: fr
# Statistiques simples sur une liste de mesures.

déf moyenne(valeurs: liste[flottant]) -> flottant:
    soit total = 0.0
    pour v dans valeurs:
        total += v
    retour total / longueur(valeurs)


déf carrés(n: entier) -> liste[entier]:
    soit resultat = []
    pour k dans intervalle(n):
        resultat.append(k * k)
    retour resultat


mesures = [2.5, 3.0, 4.25, 1e-05, 7.0]
afficher("moyenne :", moyenne(mesures))
afficher("carrés", carrés(6), sep=" = ")
afficher(1e16, 0.1 + 0.2, -0.0, 10 / 4, 7 // 2, -7 % 3)
afficher(Vrai, Faux, [Vrai, Faux], end=" | ")
afficher(mesures)
afficher()
afficher("a", "b", "c", sep="")
