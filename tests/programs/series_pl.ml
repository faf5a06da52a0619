# lang: pl
# Szeregi i iloczyny nieskończone: liczby harmoniczne, stała Eulera, iloczyn Wallisa, szereg Nilakanthy, ułamki łańcuchowe.

importuj math


funkcja harmoniczna(n: calkowita) -> zmiennoprzecinkowa:
    niech s = 0.0
    dla k w zakres(1, n + 1):
        s += 1.0 / k
    zwroc s


funkcja wallis(n: calkowita) -> zmiennoprzecinkowa:
    niech iloczyn = 1.0
    dla k w zakres(1, n + 1):
        niech c = 4.0 * k * k
        iloczyn *= c / (c - 1.0)
    zwroc 2.0 * iloczyn


funkcja nilakantha(n: calkowita) -> zmiennoprzecinkowa:
    niech pi = 3.0
    niech znak = 1.0
    niech a = 2
    dla k w zakres(n):
        pi += znak * 4.0 / (a * (a + 1) * (a + 2))
        znak = -znak
        a += 2
    zwroc pi


funkcja geometryczny(q: zmiennoprzecinkowa, n: calkowita) -> zmiennoprzecinkowa:
    niech s = 0.0
    niech wyraz = 1.0
    dla k w zakres(n):
        s += wyraz
        wyraz *= q
    zwroc s


funkcja ulamek_lancuchowy(wspolczynniki: lista[calkowita]) -> zmiennoprzecinkowa:
    niech wartosc = 0.0
    niech k = dlugosc(wspolczynniki) - 1
    dopoki k > 0:
        wartosc = 1.0 / (wspolczynniki[k] + wartosc)
        k -= 1
    zwroc wspolczynniki[0] + wartosc


drukuj("liczby harmoniczne i stała Eulera-Mascheroniego:")
dla n w [1, 10, 100, 1000, 10000]:
    niech h = harmoniczna(n)
    drukuj(f"  H({n:>5}) = {h:<20} H - ln n = {h - math.log(n):.10f}")
drukuj("iloczyn Wallisa:", [wallis(1), wallis(10)], f"{wallis(1000):.6f}")
drukuj("Nilakantha:", nilakantha(1), nilakantha(5), f"{nilakantha(100):.12f}")
dla q w [0.5, -0.5, 0.9]:
    drukuj(f"  geometryczny q={q:>4}: {geometryczny(q, 50):.9f}  granica {1.0 / (1.0 - q):.9f}")
niech jedynki = [1] * 30
drukuj("złoty podział:", ulamek_lancuchowy(jedynki), (1.0 + math.sqrt(5.0)) / 2.0)
niech pierw2: lista[calkowita] = [1]
dla k w zakres(20):
    pierw2.append(2)
drukuj("pierwiastek z 2:", ulamek_lancuchowy(pierw2), math.sqrt(2.0))
drukuj("e:", ulamek_lancuchowy([2, 1, 2, 1, 1, 4, 1, 1, 6, 1, 1, 8, 1, 1, 10, 1, 1, 12]), math.exp(1.0))
niech sumy_czesciowe: lista[zmiennoprzecinkowa] = []
niech s = 0.0
dla k w zakres(1, 9):
    s += 1.0 / (k * (k + 1))
    sumy_czesciowe.append(s)
drukuj("teleskopowy:", sumy_czesciowe)
niech m = 1
dopoki harmoniczna(m) < 4.0:
    m += 1
drukuj("pierwsze n z H(n) >= 4:", m, "suma kontrolna", suma(sumy_czesciowe), bezwzgledna(-m), maksimum(3, m), minimum(sumy_czesciowe))
