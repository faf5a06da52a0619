# lang: it
# Un piccolo rapporto tabellare con tabulazioni e a capo.

definisci media(valori: lista[decimale]) -> decimale:
    sia totale = 0.0
    per v in valori:
        totale += v
    ritorna totale / len(valori)


sia nomi = "Anna,Bruno,Carla"
sia punteggi = [7.5, 8.25, 9.0]
stampa("nome\tpunti\n----")
sia i = 0
sia nome = ""
per c in nomi + ",":
    se c == ",":
        stampa(f"{nome}\t{punteggi[i]:.2f}")
        nome = ""
        i += 1
    altrimenti:
        nome = nome + c
stampa(f"media:\t{media(punteggi):.3f}", end="\n\n")
stampa("fine", "rapporto", sep="\t")
