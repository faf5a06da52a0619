# lang: fr
# Test de langue (français) : mots-clés de contrôle, opérateurs logiques et fonctions natives.

déf catégorie(n: entier) -> entier:
    si n < 0:
        retour -1
    sinon si n == 0:
        retour 0
    sinonsi n < 10:
        retour 1
    sinon:
        retour 2


déf compte_à_rebours(n: entier) -> entier:
    soit total = 0
    soit compteur = n
    tant que compteur > 0:
        compteur -= 1
        si compteur % 3 == 0:
            continuer
        si total > 40:
            arrêter
        total += compteur
    retour total


déf sommes_d_intervalles() -> entier:
    soit total = 0
    pour k dans intervalle(5):
        total += k
    pour chaque k dans intervalle(2, 6):
        total += k * 10
    pour k dans intervalle(10, 0, -3):
        total += k * 100
    retour total


déf parcours_de_liste() -> entier:
    soit valeurs = [3, 1, 4, 1, 5]
    soit total = 0
    pour valeur dans valeurs:
        si valeur == 1:
            passer
        sinon:
            total += valeur
    valeurs.append(9)
    valeurs[0] = 10
    retour total + valeurs[-1] * 100 + valeurs[0] * 1000 + longueur(valeurs) * 10000


déf logique(a: entier, b: entier) -> booléen:
    soit les_deux = a > 0 et b > 0
    soit l_un_ou_l_autre = a > 0 ou b > 0
    soit drapeau = Faux
    si les_deux ou (l_un_ou_l_autre et non a == b):
        drapeau = Vrai
    retour drapeau et non a > 100


déf entre(x: entier) -> booléen:
    retour 0 <= x < 10 et 1 < x * 2 <= 18


déf choix(x: entier) -> entier:
    soit signe = -1 si x < 0 sinon 1 si x > 0 sinon 0
    retour signe * 100 + (x * 2 si x > 5 sinon x - 1)


déf fonctions_natives() -> entier:
    soit valeurs = [4, -7, 2, 9]
    soit total = somme(valeurs)
    soit nombre_de_valeurs = longueur(valeurs)
    soit plus_petit = minimum(valeurs)
    soit plus_grand = maximum(valeurs)
    retour total + nombre_de_valeurs * 10 + valeurabsolue(plus_petit) * 100 + plus_grand * 1000 + minimum(3, 8) * 10000 + maximum(1, 2) * 100000


déf conversions(x: flottant) -> flottant:
    soit partie_entière = entier(x)
    retour flottant(partie_entière) * 2.0 + décimal(7) / 2.0 + valeurabsolue(x)


déf vérité(n: entier) -> booléen:
    retour booléen(n) == Vrai


déf opérateurs_unicode(a: entier, b: entier) → flottant:
    soit produit = a × b − 3
    soit score = 0
    si a ≤ b:
        score += 1
    si a ≥ b:
        score += 10
    si a ≠ b:
        score += 100
    retour produit ÷ 2 + flottant(score)
