# lang: fr
# Arithmétique avec des n-uplets : division euclidienne, algorithme d'Euclide étendu (Bézout),
# inverse modulaire, chiffres et Fibonacci par affectations parallèles.
TITRE = "Théorie des nombres"
FLECHE = " -> "


déf division(a: entier, b: entier) -> nuplet[entier, entier]:
    retour a // b, a % b


déf euclide_etendu(a: entier, b: entier) -> nuplet[entier, entier, entier]:
    x0, x1 = 1, 0
    y0, y1 = 0, 1
    tantque b != 0:
        q, r = division(a, b)
        a, b = b, r
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    retour (a, x0, y0)


déf inverse_modulaire(a: entier, m: entier) -> entier:
    g, x, y = euclide_etendu(a, m)
    si g != 1:
        retour -1
    retour x % m


déf fibonacci(n: entier) -> nuplet[entier, entier]:
    a, b = 0, 1
    pour k dans intervalle(n):
        a, b = b, a + b
    retour a, b


déf chiffres(n: entier) -> nuplet[entier, entier]:
    soit nombre = 0
    soit total = 0
    tantque n > 0:
        n, c = division(n, 10)
        nombre += 1
        total += c
    retour (nombre, total)


afficher(TITRE)
afficher("=" * longueur(TITRE))
pour paire dans [[17, 5], [-17, 5], [240, 46], [1071, 462], [65, 40]]:
    q, r = division(paire[0], paire[1])
    t = euclide_etendu(paire[0], paire[1])
    afficher(f"{paire[0]} = {paire[1]} × {q} + {r}", FLECHE, t, paire[0] * t[1] + paire[1] * t[-1] == t[0])
pour a dans (3, 7, 10, 11, 25):
    inv = inverse_modulaire(a, 26)
    afficher(f"inverse de {a} modulo 26 : {inv}", inv dans (-1, 0), (a * inv) % 26)
f = fibonacci(90)
afficher("F(90), F(91) =", f, f"rapport {f[1] / f[0]:.15f}")
pour n dans liste(intervalle(0, 40, 8)):
    afficher(n, fibonacci(n)[0], chiffres(fibonacci(n)[0]))
afficher("chiffres de 2^62 :", chiffres(2 ** 62), "longueur du n-uplet :", longueur(chiffres(7)))
pour d dans (-1, 0, 1):
    g = euclide_etendu(fibonacci(30 + d)[0], fibonacci(31 + d)[0])
    afficher(f"pgcd(F({30 + d}), F({31 + d})) = {g[0]}, coefficients {g[1]} et {g[2]}")
numero = liste("9780306406157")
soit somme_ponderee = 0
pour i dans intervalle(longueur(numero)):
    somme_ponderee += entier(numero[i]) * (1 si i % 2 == 0 sinon 3)
afficher("ISBN", "".join(numero), division(somme_ponderee, 10), liste(inversé(numero))[0])
imbrique = (division(100, 7), ("reste", 100 % 7))
afficher(imbrique, imbrique[0][1] == imbrique[-1][1])
