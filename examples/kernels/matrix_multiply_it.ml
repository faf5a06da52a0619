# lang: it
# Prodotto di matrici quadrate memorizzate per righe in liste piatte: c = a × b.

definisci _indice(riga: intero, colonna: intero, n: intero) -> intero:
    ritorna riga * n + colonna


definisci moltiplica(a: lista[decimale], b: lista[decimale], n: intero) -> lista[decimale]:
    sia c = [0.0] * (n * n)
    per riga in intervallo(n):
        per colonna in intervallo(n):
            sia accumulo = 0.0
            per k in intervallo(n):
                accumulo += a[_indice(riga, k, n)] * b[_indice(k, colonna, n)]
            c[_indice(riga, colonna, n)] = accumulo
    ritorna c
