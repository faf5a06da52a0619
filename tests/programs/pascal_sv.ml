# lang: sv
# Pascals triangel som en lista av rader: två sätt att bygga den, radsummor, hockeyklubbans
# identitet, Fibonaccital längs diagonalerna och Sierpinskis triangel modulo 2.

definiera triangel(hojd: heltal) -> lista[lista[heltal]]:
    lat t = [[1]]
    for n i intervall(1, hojd):
        lat forra = t[n - 1]
        lat ny = [1]
        for k i intervall(1, n):
            ny.append(forra[k - 1] + forra[k])
        ny.append(1)
        t.append(ny)
    retur t


definiera triangel_pa_plats(hojd: heltal) -> lista[lista[heltal]]:
    lat t = [[1]]
    for n i intervall(1, hojd):
        t.append([1])
        for k i intervall(1, n):
            t[n].append(t[n - 1][k - 1] + t[n - 1][k])
        t[n].append(1)
    retur t


definiera centrerad(rad: lista[heltal], bredd: heltal) -> strang:
    lat text = ""
    for x i rad:
        text += f"{x:4}"
    lat marginal = (bredd - langd(text)) // 2
    retur " " * marginal + text


definiera diagonalsummor(t: lista[lista[heltal]]) -> lista[heltal]:
    lat summor: lista[heltal] = []
    for d i intervall(langd(t)):
        lat s = 0
        lat n = d
        lat k = 0
        medan n >= k:
            s += t[n][k]
            n -= 1
            k += 1
        summor.append(s)
    retur summor


lat t = triangel(12)
for rad i t:
    skriv(centrerad(rad, 48))
lat t2 = triangel_pa_plats(12)
lat lika = Sant
for n i intervall(12):
    for k i intervall(langd(t[n])):
        om t[n][k] != t2[n][k]:
            lika = Falskt
skriv("båda byggsätten ger samma triangel:", lika, "; rad 11 har", langd(t2[11]), "tal")
lat summor: lista[heltal] = []
for rad i t:
    summor.append(summa(rad))
skriv("radsummor:", summor)
lat kolumn = 0
for n i intervall(2, 10):
    kolumn += t[n][2]
skriv("hockeyklubban: C(2, 2) + ... + C(9, 2) =", kolumn, "= C(10, 3) =", t[10][3])
skriv("Fibonacci längs diagonalerna:", diagonalsummor(t))
lat stor = triangel(31)
skriv("rad 30, mitten:", stor[30][15], "; summa:", summa(stor[30]), "= 2**30:", summa(stor[30]) == 2 ** 30)
skriv("Sierpinski modulo 2:")
for n i intervall(16):
    lat linje = " " * (15 - n)
    for k i intervall(n + 1):
        om k > 0:
            linje += " "
        linje += "▲" om stor[n][k] % 2 == 1 annars "·"
    skriv(linje)
