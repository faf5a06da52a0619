# lang: fr
# Ensemble de Mandelbrot : temps d'échappement de chaque point, ligne par ligne (-1 = dans l'ensemble).

déf _temps_échappement(cx: flottant, cy: flottant, limite: entier) -> entier:
    soit zx = cx
    soit zy = cy
    soit i = 1
    soit x2 = zx * zx
    soit y2 = zy * zy
    tant que i < limite et x2 + y2 < 4.0:
        zy = zx * zy * 2.0 + cy
        zx = x2 - y2 + cx
        i += 1
        x2 = zx * zx
        y2 = zy * zy
    retour -1 si i >= limite sinon i


déf mandel(largeur: entier, hauteur: entier, itérations_max: entier) -> liste[entier]:
    soit image = [0] * (largeur * hauteur)
    soit pas_v = 2.0 / flottant(hauteur)
    soit pas_h = 3.0 / flottant(largeur)
    pour ligne dans intervalle(hauteur):
        soit y = -1.0 + flottant(ligne) * pas_v
        pour colonne dans intervalle(largeur):
            soit x = -2.0 + flottant(colonne) * pas_h
            image[ligne * largeur + colonne] = _temps_échappement(x, y, itérations_max)
    retour image
