# lang: pt
# Produto de matrizes quadradas guardadas por linhas em listas planas: c = a × b.

defina multiplicar(a: lista[real], b: lista[real], n: inteiro) -> lista[real]:
    seja c = [0.0] * (n * n)
    intervalo(n) para linha:
        seja inicio_linha = linha * n
        intervalo(n) para coluna:
            seja soma_parcial = 0.0
            intervalo(n) para k:
                soma_parcial += a[inicio_linha + k] * b[k * n + coluna]
            c[inicio_linha + coluna] = soma_parcial
    retorne c
