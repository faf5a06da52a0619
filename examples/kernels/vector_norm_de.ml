# lang: de
# Vektornorm und Abstand mit dem Modul math.
importieren math


def norm(v: liste[gleitkomma]) -> gleitkomma:
    summe_quadrate = 0.0
    für x in v:
        summe_quadrate += x * x
    rückgabe math.sqrt(summe_quadrate)


def abstand(a: liste[gleitkomma], b: liste[gleitkomma]) -> gleitkomma:
    summe_quadrate = 0.0
    für i in bereich(laenge(a)):
        d = a[i] - b[i]
        summe_quadrate += d * d
    rückgabe math.sqrt(summe_quadrate)


def gedämpfte_schwingung(t: gleitkomma) -> gleitkomma:
    rückgabe math.exp(-0.5 * t) * math.cos(3.0 * t) + math.sin(t) * math.log(1.0 + t)
