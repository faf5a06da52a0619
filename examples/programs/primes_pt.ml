# lang: pt
# Um programa completo: crivo de Eratóstenes e um pequeno relatório.

LIMITE = 60


defina crivo(n: inteiro) -> lista[booleano]:
    seja primo = [Verdadeiro] * (n + 1)
    primo[0] = Falso
    primo[1] = Falso
    para i em intervalo(2, n + 1):
        se primo[i] e i * i <= n:
            para j em intervalo(i * i, n + 1, i):
                primo[j] = Falso
    retorne primo


seja marcas = crivo(LIMITE)
seja primos = []
para k em intervalo(LIMITE + 1):
    se marcas[k]:
        primos.append(k)
imprima("primos até", LIMITE, ":", primos)
imprima("quantidade", len(primos), "soma", sum(primos), sep=" | ")
imprima("densidade", len(primos) / LIMITE)
