# lang: fr
# Opérations sur des matrices rangées en listes de lignes : identité, transposée, produit,
# trace, puissance par exponentiation rapide, et une matrice de Fibonacci.

déf identité(n: entier) -> liste[liste[flottant]]:
    soit m = []
    pour i dans intervalle(n):
        soit ligne = []
        pour j dans intervalle(n):
            ligne.append(1.0 si i == j sinon 0.0)
        m.append(ligne)
    retour m


déf copie(a: liste[liste[flottant]]) -> liste[liste[flottant]]:
    soit m = []
    pour ligne dans a:
        soit nouvelle = []
        pour x dans ligne:
            nouvelle.append(x)
        m.append(nouvelle)
    retour m


déf transposée(a: liste[liste[flottant]]) -> liste[liste[flottant]]:
    soit t = []
    pour j dans intervalle(longueur(a[0])):
        soit ligne = []
        pour i dans intervalle(longueur(a)):
            ligne.append(a[i][j])
        t.append(ligne)
    retour t


déf produit(a: liste[liste[flottant]], b: liste[liste[flottant]]) -> liste[liste[flottant]]:
    soit c = []
    pour i dans intervalle(longueur(a)):
        soit ligne = []
        pour j dans intervalle(longueur(b[0])):
            soit s = 0.0
            pour k dans intervalle(longueur(b)):
                s += a[i][k] * b[k][j]
            ligne.append(s)
        c.append(ligne)
    retour c


déf trace_de(a: liste[liste[flottant]]) -> flottant:
    soit t = 0.0
    pour i dans intervalle(longueur(a)):
        t += a[i][i]
    retour t


déf puissance(a: liste[liste[flottant]], k: entier) -> liste[liste[flottant]]:
    soit résultat = identité(longueur(a))
    soit base = copie(a)
    soit e = k
    tantque e > 0:
        si e % 2 == 1:
            résultat = produit(résultat, base)
        base = produit(base, base)
        e = e // 2
    retour résultat


déf égales(a: liste[liste[flottant]], b: liste[liste[flottant]]) -> booléen:
    si longueur(a) != longueur(b):
        retour Faux
    pour i dans intervalle(longueur(a)):
        si longueur(a[i]) != longueur(b[i]):
            retour Faux
        pour j dans intervalle(longueur(a[i])):
            si a[i][j] != b[i][j]:
                retour Faux
    retour Vrai


déf montrer(titre: chaîne, a: liste[liste[flottant]]):
    afficher(f"{titre} ({longueur(a)}×{longueur(a[0])})")
    pour ligne dans a:
        soit texte = ""
        pour x dans ligne:
            texte += f"{x:9.2f}"
        afficher(texte)


soit a = [[1.0, 2.0, 0.0], [0.0, 1.0, -1.0], [3.0, 0.5, 2.0]]
soit b = [[2.0, 0.0], [1.0, 1.0], [0.0, -3.0]]
montrer("A", a)
montrer("B", b)
montrer("transposée de B", transposée(b))
montrer("A × B", produit(a, b))
montrer("Bᵀ × A", produit(transposée(b), a))
afficher("trace(A) =", trace_de(a), "; trace(A²) =", trace_de(produit(a, a)))
afficher("A × I = A :", égales(produit(a, identité(3)), a))
afficher("(AB)ᵀ = BᵀAᵀ :", égales(transposée(produit(a, b)), produit(transposée(b), transposée(a))))
soit a5 = puissance(a, 5)
soit a5_lente = copie(a)
pour n dans intervalle(4):
    a5_lente = produit(a5_lente, a)
afficher("A⁵ rapide = A⁵ lente :", égales(a5, a5_lente), "; trace(A⁵) =", trace_de(a5))
montrer("A⁵", a5)
soit fib = [[1.0, 1.0], [1.0, 0.0]]
pour n dans [1, 2, 10, 30, 60]:
    soit f = puissance(fib, n)
    afficher(f"F({n}) = {f[0][1]:.0f}", "matrice :", f)
afficher("I₂ =", identité(2), "; A⁰ =", puissance(a, 0))
