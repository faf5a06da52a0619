# lang: it
# Solo il modulo `math` può essere importato.
importa numpy


definisci somma(valori: lista[virgola_mobile]) -> virgola_mobile:
    ritorna numpy.sum(valori)
