# lang: da
# XOR-kryptering: hver byte i data kombineres med nøglen, som gentages.

definer xor_krypter(data: liste[heltal], nøgle: liste[heltal]) -> liste[heltal]:
    lad resultat = [0] * laengde(data)
    lad n = laengde(nøgle)
    lad indeks = 0
    mens indeks < laengde(data):
        resultat[indeks] = data[indeks] ^ nøgle[indeks % n]
        indeks += 1
    returner resultat
