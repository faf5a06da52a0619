# lang: da
# XOR-kryptering af en tekst med en gentaget nøgle, og en FNV-1a-kontrolsum over bytes.

NØGLE = "hemmelig"


definer til_koder(tekst: streng) -> liste[heltal]:
    lad koder: liste[heltal] = []
    for tegnet i tekst:
        koder.append(tegnkode(tegnet))
    returner koder


definer xor_krypter(data: liste[heltal], nøgle: liste[heltal]) -> liste[heltal]:
    lad resultat = [0] * laengde(data)
    lad n = laengde(nøgle)
    for k i interval(laengde(data)):
        resultat[k] = data[k] ^ nøgle[k % n]
    returner resultat


definer til_tekst(koder: liste[heltal]) -> streng:
    lad ud = ""
    for kode i koder:
        ud += tegn(kode)
    returner ud


definer fnv1a(data: liste[heltal]) -> heltal:
    lad h = 2166136261
    for b i data:
        h = h ^ b
        h = (h * 16777619) & 0xFFFFFFFF
    returner h


definer hex_streng(data: liste[heltal]) -> streng:
    lad ud = ""
    for b i data:
        ud += f"{b:02x}"
    returner ud


lad besked = "Kom til mødet klokken syv"
lad klar = til_koder(besked)
lad nøgle = til_koder(NØGLE)
lad hemmelig = xor_krypter(klar, nøgle)
skriv("klartekst: ", besked)
skriv("koder:     ", klar)
skriv("krypteret: ", hemmelig)
skriv("hex:       ", hex_streng(hemmelig))
lad tilbage = xor_krypter(hemmelig, nøgle)
skriv("dekrypteret:", til_tekst(tilbage))
skriv("ens:", til_tekst(tilbage) == besked, laengde(tilbage) == laengde(klar))
skriv(f"fnv1a(klar)      = {fnv1a(klar):>10} = 0x{fnv1a(klar):08x}")
skriv(f"fnv1a(krypteret) = {fnv1a(hemmelig):>10} = 0x{fnv1a(hemmelig):08X}")
lad tom: liste[heltal] = []
skriv("fnv1a(tom) =", fnv1a(tom), "start" hvis laengde(tom) == 0 ellers "?")
lad nuller = 0
lad største = 0
for b i hemmelig:
    hvis b == 0:
        nuller += 1
    ellers_hvis b > største:
        største = b
skriv("nulbytes:", nuller, "største byte:", største, "sum:", summering(hemmelig))
for runde i interval(1, 5):
    lad nøgle2 = [runde * 17 % 256, runde * 31 % 256, runde * 7 % 256]
    lad c = xor_krypter(klar, nøgle2)
    skriv(f"runde {runde}: nøgle=", nøgle2, f" kontrol={fnv1a(c):>13,} første={c[0]:3d} sidste={c[-1]:#x}", sep="")
lad dobbelt = xor_krypter(xor_krypter(klar, [255]), [255])
lad forskelle = 0
for k i interval(laengde(klar)):
    hvis dobbelt[k] != klar[k]:
        forskelle += 1
skriv("dobbelt XOR med 255 giver det samme:", forskelle == 0)
skriv(~5, 12 & 10, 12 | 10, 12 ^ 10, 1 << 10, 1024 >> 3, sep=" ; ")
