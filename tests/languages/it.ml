# lang: it
# Test di lingua (italiano): parole chiave di controllo, operatori logici e funzioni predefinite.

definisci categoria(n: intero) -> intero:
    se n < 0:
        ritorna -1
    altrimentise n == 0:
        ritorna 0
    altrimentise n < 10:
        ritorna 1
    altrimenti:
        ritorna 2


definisci conto_alla_rovescia(n: intero) -> intero:
    sia totale = 0
    sia contatore = n
    mentre contatore > 0:
        contatore -= 1
        se contatore % 3 == 0:
            continua
        se totale > 40:
            interrompi
        totale += contatore
    ritorna totale


definisci somme_di_intervalli() -> intero:
    sia totale = 0
    per k in intervallo(5):
        totale += k
    per k in intervallo(2, 6):
        totale += k * 10
    per k in intervallo(10, 0, -3):
        totale += k * 100
    ritorna totale


definisci scorri_lista() -> intero:
    sia valori = [3, 1, 4, 1, 5]
    sia totale = 0
    per valore in valori:
        se valore == 1:
            passa
        altrimenti:
            totale += valore
    valori.append(9)
    valori[0] = 10
    ritorna totale + valori[-1] * 100 + valori[0] * 1000 + lunghezza(valori) * 10000


definisci logica(a: intero, b: intero) -> booleano:
    sia entrambi = a > 0 e b > 0
    sia almeno_uno = a > 0 o b > 0
    sia segnale = Falso
    se entrambi o (almeno_uno e non a == b):
        segnale = Vero
    ritorna segnale e non a > 100


definisci compreso(x: intero) -> booleano:
    ritorna 0 <= x < 10 e 1 < x * 2 <= 18


definisci scelta(x: intero) -> intero:
    sia segno = -1 se x < 0 altrimenti 1 se x > 0 altrimenti 0
    ritorna segno * 100 + (x * 2 se x > 5 altrimenti x - 1)


definisci funzioni_predefinite() -> intero:
    sia valori = [4, -7, 2, 9]
    sia totale = somma(valori)
    sia quanti = lunghezza(valori)
    sia il_minore = minimo(valori)
    sia il_maggiore = massimo(valori)
    ritorna totale + quanti * 10 + assoluto(il_minore) * 100 + il_maggiore * 1000 + minimo(3, 8) * 10000 + massimo(1, 2) * 100000


definisci conversioni(x: decimale) -> decimale:
    sia parte_intera = intero(x)
    ritorna virgola_mobile(parte_intera) * 2.0 + decimale(7) / 2.0 + assoluto(x)


definisci verità(n: intero) -> booleano:
    ritorna booleano(n) == Vero


definisci conta_primi(limite: intero) -> intero:
    sia quanti = 0
    per candidato in intervallo(2, limite):
        sia è_primo = Vero
        per divisore in intervallo(2, candidato):
            se divisore * divisore > candidato:
                interrompi
            se candidato % divisore == 0:
                è_primo = Falso
                interrompi
        se è_primo:
            quanti += 1
    ritorna quanti
