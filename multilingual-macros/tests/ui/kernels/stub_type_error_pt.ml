# lang: pt
# Um erro de tipo: o arquivo ainda declara `somar` e `escalar` para o Rust.

defina somar(valores: lista[inteiro]) -> inteiro:
    seja total = 0
    para v em valores:
        total += v
    retorne total * 0.5


defina escalar(valores: lista[flutuante], fator: flutuante):
    para i em intervalo(comprimento(valores)):
        valores[i] = valores[i] * fator
