# lang: pt
# O parâmetro `fator` não tem tipo.

defina escalar(valores: lista[flutuante], fator) -> flutuante:
    seja total = 0.0
    para v em valores:
        total += v * fator
    retorne total
