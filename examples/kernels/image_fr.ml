# lang: fr
# Une image en liste de listes : flou 3×3 (les bords gardent leur valeur) et une ligne de
# texte par rangée, construites de la même façon sur les deux chemins.

déf flou(image: liste[liste[flottant]]) -> liste[liste[flottant]]:
    soit h = longueur(image)
    soit l = longueur(image[0])
    soit sortie = [rangée.copy() pour rangée dans image]
    pour y dans intervalle(1, h - 1):
        pour x dans intervalle(1, l - 1):
            soit s = 0.0
            pour dy dans intervalle(-1, 2):
                pour dx dans intervalle(-1, 2):
                    s += image[y + dy][x + dx]
            sortie[y][x] = s / 9.0
    retour sortie


déf légende(image: liste[liste[flottant]], seuil: flottant) -> liste[chaîne]:
    soit lignes = []
    pour rangée dans image:
        soit ligne = ""
        pour v dans rangée:
            ligne += "#" si v > seuil sinon "."
        lignes.append(ligne)
    retour lignes
