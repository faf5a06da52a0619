# lang: da
# Magiske kvadrater som lister af rækker: kontrol af rækker, søjler og diagonaler, konstruktion
# med den siamesiske metode (ulige n) og med komplementmetoden (n deleligt med 4).

definer magisk_konstant(n: heltal) -> heltal:
    returner n * (n * n + 1) // 2


definer fejl(m: liste[liste[heltal]]) -> liste[streng]:
    lad n = laengde(m)
    lad mål = magisk_konstant(n)
    lad fund: liste[streng] = []
    for r i interval(n):
        hvis summering(m[r]) != mål:
            fund.append(f"række {r} = {summering(m[r])}")
    for s i interval(n):
        lad søjle = 0
        for række i m:
            søjle += række[s]
        hvis søjle != mål:
            fund.append(f"søjle {s} = {søjle}")
    lad d1 = 0
    lad d2 = 0
    for k i interval(n):
        d1 += m[k][k]
        d2 += m[k][n - 1 - k]
    hvis d1 != mål:
        fund.append(f"diagonal = {d1}")
    hvis d2 != mål:
        fund.append(f"antidiagonal = {d2}")
    lad set_før = [Falsk] * (n * n + 1)
    for række i m:
        for v i række:
            hvis v < 1 eller v > n * n:
                fund.append(f"{v} uden for 1..{n * n}")
            ellers_hvis set_før[v]:
                fund.append(f"{v} gentaget")
            ellers:
                set_før[v] = Sand
    returner fund


definer siamesisk(n: heltal) -> liste[liste[heltal]]:
    lad m = []
    for r i interval(n):
        m.append([0] * n)
    r = 0
    lad s = n // 2
    for tal i interval(1, n * n + 1):
        m[r][s] = tal
        lad nr = (r - 1) % n
        lad ns = (s + 1) % n
        hvis m[nr][ns] != 0:
            nr = (r + 1) % n
            ns = s
        r = nr
        s = ns
    returner m


definer dobbelt_lige(n: heltal) -> liste[liste[heltal]]:
    lad m = []
    for r i interval(n):
        lad række = []
        for s i interval(n):
            lad tal = r * n + s + 1
            hvis (r % 4 == s % 4) eller ((r % 4) + (s % 4) == 3):
                tal = n * n + 1 - tal
            række.append(tal)
        m.append(række)
    returner m


definer udskriv(navn: streng, m: liste[liste[heltal]]):
    lad fund = fejl(m)
    hvis laengde(fund) == 0:
        skriv(f"{navn}: magisk, konstant {magisk_konstant(laengde(m))}")
    ellers:
        skriv(f"{navn}: ikke magisk:", fund)
    for række i m:
        lad tekst = ""
        for v i række:
            tekst += f"{v:4}"
        skriv(tekst)


udskriv("Lo Shu", [[4, 9, 2], [3, 5, 7], [8, 1, 6]])
lad dürer = [[16, 3, 2, 13], [5, 10, 11, 8], [9, 6, 7, 12], [4, 15, 14, 1]]
udskriv("Dürer 1514", dürer)
lad ødelagt = [[16, 3, 2, 13], [5, 10, 11, 8], [9, 6, 7, 12], [4, 15, 14, 1]]
ødelagt[1][1] = 11
ødelagt[2][3] = 16
udskriv("ændret Dürer", ødelagt)
udskriv("siamesisk 5", siamesisk(5))
udskriv("dobbelt lige 4", dobbelt_lige(4))
lad otte = dobbelt_lige(8)
skriv("dobbelt lige 8:", "magisk" hvis laengde(fejl(otte)) == 0 ellers "ikke magisk", "; første række:", otte[0])
for n i [3, 7, 9, 11]:
    lad m = siamesisk(n)
    skriv(f"siamesisk {n}: midten {m[n // 2][n // 2]}, hjørner {m[0][0]} {m[n - 1][n - 1]}, fejl", fejl(m))
