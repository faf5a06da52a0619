# lang: fi
# Fibonaccin lukujono: rekursiivinen ja iteratiivinen versio.

maarittele fibonacci(n: kokonaisluku) -> kokonaisluku:
    jos n < 2:
        palauta n
    palauta fibonacci(n - 1) + fibonacci(n - 2)


maarittele fibonacci_silmukka(n: kokonaisluku) -> kokonaisluku:
    olkoon edellinen = 0
    olkoon nykyinen = 1
    jokaiselle kierros sisalla vali(n):
        olkoon seuraava_luku = edellinen + nykyinen
        edellinen = nykyinen
        nykyinen = seuraava_luku
    palauta edellinen
