# lang: fr
# Un petit format binaire : un en-tête, des champs préfixés par leur longueur, une somme de
# contrôle Fletcher-16 ; puis un vidage hexadécimal et la relecture des champs.

MAGIQUE = b"ML"


déf fletcher16(données: octets) -> entier:
    soit bas = 0
    soit haut = 0
    pour x dans données:
        bas = (bas + x) % 255
        haut = (haut + bas) % 255
    retour (haut << 8) | bas


déf champ(texte: chaîne) -> octets:
    soit brut = texte.encode()
    retour octets([longueur(brut)]) + brut


déf paquet(champs: liste[chaîne]) -> octets:
    soit corps = octets()
    pour c dans champs:
        corps = corps + champ(c)
    soit somme = fletcher16(corps)
    retour MAGIQUE + octets([longueur(champs), somme >> 8, somme & 255]) + corps


déf lire(p: octets) -> liste[chaîne]:
    soit résultat: liste[chaîne] = []
    si p[:2] != MAGIQUE:
        retour résultat
    soit n = p[2]
    soit i = 5
    pour k dans intervalle(n):
        soit taille = p[i]
        résultat.append(p[i + 1:i + 1 + taille].decode())
        i = i + 1 + taille
    retour résultat


déf vidage(p: octets, largeur: entier):
    pour début dans intervalle(0, longueur(p), largeur):
        soit ligne = p[début:début + largeur]
        afficher(f"{début:04x}", ligne.hex(), ligne)


soit p = paquet(["café", "crème", "", "ŒUF"])
afficher(p)
afficher(longueur(p), p[0], p[-1], p.count(195), p.find(b"cr"))
vidage(p, 8)
soit contrôle = (p[3] << 8) | p[4]
afficher("contrôle", contrôle, contrôle == fletcher16(p[5:]))
afficher(lire(p))
afficher(lire(b"XX" + p[2:]), lire(MAGIQUE + octets(3)))
soit trié = trier(octets([3, 1, 2]))
afficher(trié, somme(p[:2]), minimum(p), maximum(p))
pour i, x dans énumérer(p[:3]):
    afficher(i, x, end="; ")
afficher()
