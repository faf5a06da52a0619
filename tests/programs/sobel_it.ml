# lang: it
# Rilevamento dei bordi con l'operatore di Sobel su un'immagine in toni di grigio (lista di righe),
# soglia binaria dei gradienti e direzione prevalente di ogni bordo.

importa math


definisci disco(alto: intero, largo: intero, raggio: intero) -> lista[lista[intero]]:
    sia img = []
    per r in intervallo(alto):
        sia riga = []
        per c in intervallo(largo):
            sia dr = r - alto // 2
            sia dc = c - largo // 2
            se dr * dr + dc * dc <= raggio * raggio:
                riga.append(220)
            altrimentise c >= largo - 3:
                riga.append(120)
            altrimenti:
                riga.append(10 + 5 * c)
        img.append(riga)
    ritorna img


definisci applica(img: lista[lista[intero]], k: lista[lista[intero]], r: intero, c: intero) -> intero:
    sia s = 0
    per i in intervallo(3):
        per j in intervallo(3):
            s += k[i][j] * img[r + i - 1][c + j - 1]
    ritorna s


definisci sobel(img: lista[lista[intero]], gx: lista[lista[intero]], gy: lista[lista[intero]]) -> lista[lista[decimale]]:
    sia mag = []
    per r in intervallo(lunghezza(img)):
        sia riga = []
        per c in intervallo(lunghezza(img[r])):
            se r == 0 o c == 0 o r == lunghezza(img) - 1 o c == lunghezza(img[r]) - 1:
                riga.append(0.0)
            altrimenti:
                sia x = applica(img, gx, r, c)
                sia y = applica(img, gy, r, c)
                riga.append(math.sqrt(x * x + y * y))
        mag.append(riga)
    ritorna mag


definisci soglia(mag: lista[lista[decimale]], limite: decimale) -> lista[lista[booleano]]:
    sia bordi = []
    per riga in mag:
        sia b = []
        per v in riga:
            b.append(v > limite)
        bordi.append(b)
    ritorna bordi


definisci disegna(bordi: lista[lista[booleano]]) -> intero:
    sia totale = 0
    per riga in bordi:
        sia testo = ""
        sia conta = 0
        per b in riga:
            se b:
                testo += "#"
                conta += 1
            altrimenti:
                testo += "."
        stampa(testo, f"{conta:3}")
        totale += conta
    ritorna totale


definisci massimo_di(mag: lista[lista[decimale]]) -> decimale:
    sia m = 0.0
    per riga in mag:
        m = max(m, max(riga))
    ritorna m


sia gx = [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]
sia gy = [[-1, -2, -1], [0, 0, 0], [1, 2, 1]]
sia img = disco(11, 16, 4)
stampa("riga centrale:", img[5])
sia mag = sobel(img, gx, gy)
sia picco = massimo_di(mag)
stampa(f"gradiente massimo {picco:.2f}, in riga 5: {mag[5][3]:.2f} {mag[5][4]:.2f} {mag[5][8]:.2f}")
per limite in [100.0, 400.0]:
    stampa(f"bordi sopra {limite}:")
    sia bordi = soglia(mag, limite)
    stampa("pixel di bordo:", disegna(bordi))
sia orizzontali = 0
sia verticali = 0
per r in intervallo(1, lunghezza(img) - 1):
    per c in intervallo(1, lunghezza(img[0]) - 1):
        se mag[r][c] > 400.0:
            se assoluto(applica(img, gx, r, c)) > assoluto(applica(img, gy, r, c)):
                verticali += 1
            altrimenti:
                orizzontali += 1
stampa("bordi verticali:", verticali, "orizzontali:", orizzontali)
stampa("trasposta del nucleo gx = gy:", gy[0][1] == gx[1][0] e gy[2][1] == gx[1][2])
