# lang: es
# `resultado` no está definido: la suma se llama `suma`.

def total(valores: lista[flotante]) -> flotante:
    sea suma = 0.0
    para v en valores:
        suma += v
    devolver resultado
