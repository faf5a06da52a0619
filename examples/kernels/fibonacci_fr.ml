# lang: fr
# Suite de Fibonacci : une version récursive et une version itérative.

déf fib(n: entier) -> entier:
    si n < 2:
        retour n
    retour fib(n - 1) + fib(n - 2)


déf fib_itératif(n: entier) -> entier:
    soit précédent = 0
    soit courant = 1
    pour étape dans intervalle(n):
        soit nouveau = précédent + courant
        précédent = courant
        courant = nouveau
    retour précédent
