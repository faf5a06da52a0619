# lang: it
# Funzioni di hash su stringhe (djb2, sdbm, FNV-1a, Adler-32) con maschere a 32 bit, e una tabella a indirizzamento aperto.

MASCHERA = 0xFFFFFFFF


definisci djb2(testo: stringa) -> intero:
    sia h = 5381
    per c in testo:
        h = ((h << 5) + h + ord(c)) & MASCHERA
    ritorna h


definisci sdbm(testo: stringa) -> intero:
    sia h = 0
    per c in testo:
        h = (ord(c) + (h << 6) + (h << 16) - h) & MASCHERA
    ritorna h


definisci fnv1a(testo: stringa) -> intero:
    sia h = 0x811C9DC5
    per c in testo:
        h = ((h ^ ord(c)) * 0x01000193) & MASCHERA
    ritorna h


definisci adler32(testo: stringa) -> intero:
    sia a = 1
    sia b = 0
    per c in testo:
        a = (a + ord(c)) % 65521
        b = (b + a) % 65521
    ritorna (b << 16) | a


definisci ruota_sinistra(x: intero, r: intero) -> intero:
    ritorna ((x << r) | (x >> (32 - r))) & MASCHERA


definisci bit_a_uno(x: intero) -> intero:
    sia n = 0
    mentre x != 0:
        n += x & 1
        x = x >> 1
    ritorna n


definisci parola(elenco: stringa, k: intero) -> stringa:
    sia campo = 0
    sia risultato = ""
    per c in elenco:
        se c == ",":
            campo += 1
        altrimentise campo == k:
            risultato += c
    ritorna risultato


sia parole = ",a,ciao,Ciao,mondo,hash,tavola,programmazione"
sia numero = parole.count(",") + 1
stampa(f"{'parola':<16}{'djb2':>12}{'sdbm':>12}{'fnv1a':>10}{'adler32':>10}")
per k in intervallo(numero):
    sia p = parola(parole, k)
    stampa(f"{p!r:<16}{djb2(p):>12}{sdbm(p):>12}{fnv1a(p):>10x}{adler32(p):>10x}")
stampa("valanga: bit cambiati fra 'ciao' e 'Ciao':", bit_a_uno(fnv1a("ciao") ^ fnv1a("Ciao")), bit_a_uno(djb2("ciao") ^ djb2("Ciao")))
stampa("rotazioni:", ruota_sinistra(0x80000001, 1), f"{ruota_sinistra(0x12345678, 8):08x}", f"{ruota_sinistra(djb2('ciao'), 13):#010x}")

DIMENSIONE = 16
sia tabella = [-1] * DIMENSIONE
sia impronte = [0] * DIMENSIONE
sia collisioni = 0
per indice in intervallo(1, numero):
    sia h = fnv1a(parola(parole, indice))
    sia posto = h % DIMENSIONE
    mentre tabella[posto] != -1:
        collisioni += 1
        posto = (posto + 1) % DIMENSIONE
    tabella[posto] = indice
    impronte[posto] = h
stampa("tabella:", tabella)
stampa("collisioni:", collisioni, "occupati:", numero - 1, "di", DIMENSIONE)


definisci cerca(parola: stringa, tabella: lista[intero], impronte: lista[intero]) -> intero:
    sia h = fnv1a(parola)
    sia posto = h % lunghezza(tabella)
    sia passi = 0
    mentre tabella[posto] != -1 e passi < lunghezza(tabella):
        se impronte[posto] == h:
            ritorna posto
        posto = (posto + 1) % lunghezza(tabella)
        passi += 1
    ritorna -1


sia richieste = "ciao,mondo,tavolo,programmazione,z"
per k in intervallo(richieste.count(",") + 1):
    p = parola(richieste, k)
    sia trovato = cerca(p, tabella, impronte)
    se trovato >= 0:
        stampa(f"{p:>15} -> casella {trovato:>2}, parola {parola(parole, tabella[trovato])!r}")
    altrimenti:
        stampa(f"{p:>15} -> assente")
sia totale = 0
per h in impronte:
    totale = (totale + h) & MASCHERA
stampa(f"somma delle impronte mod 2^32 = {totale:,}", somma(tabella), massimo(impronte) > minimo(impronte), non Falso)
