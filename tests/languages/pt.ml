# lang: pt
# Teste de idioma (português): palavras-chave de controle, operadores lógicos e funções embutidas.

defina categoria(n: inteiro) -> inteiro:
    se n < 0:
        retorne -1
    senão se n == 0:
        retorne 0
    senao_se n < 10:
        retorne 1
    senão:
        retorne 2


defina contagem_regressiva(n: inteiro) -> inteiro:
    seja total = 0
    seja contador = n
    enquanto contador > 0:
        contador -= 1
        se contador % 3 == 0:
            continue
        se total > 40:
            interrompa
        total += contador
    retorne total


defina somas_de_intervalos() -> inteiro:
    seja total = 0
    para k em intervalo(5):
        total += k
    para cada k em intervalo(2, 6):
        total += k * 10
    para k em intervalo(10, 0, -3):
        total += k * 100
    retorne total


defina percorrer_lista() -> inteiro:
    seja valores = [3, 1, 4, 1, 5]
    seja total = 0
    para valor em valores:
        se valor == 1:
            passe
        senão:
            total += valor
    valores.append(9)
    valores[0] = 10
    retorne total + valores[-1] * 100 + valores[0] * 1000 + comprimento(valores) * 10000


defina lógica(a: inteiro, b: inteiro) -> booleano:
    seja ambos = a > 0 e b > 0
    seja pelo_menos_um = a > 0 ou b > 0
    seja sinal = Falso
    se ambos ou (pelo_menos_um e não a == b):
        sinal = Verdadeiro
    retorne sinal e não a > 100


defina no_intervalo(x: inteiro) -> booleano:
    retorne 0 <= x < 10 e 1 < x * 2 <= 18


defina escolha(x: inteiro) -> inteiro:
    seja sentido = -1 se x < 0 senão 1 se x > 0 senão 0
    retorne sentido * 100 + (x * 2 se x > 5 senão x - 1)


defina funções_embutidas() -> inteiro:
    seja valores = [4, -7, 2, 9]
    seja total = soma(valores)
    seja quantidade = comprimento(valores)
    seja menor = mínimo(valores)
    seja maior = máximo(valores)
    retorne total + quantidade * 10 + absoluto(menor) * 100 + maior * 1000 + minimo(3, 8) * 10000 + maximo(1, 2) * 100000


defina conversões(x: real) -> real:
    seja parte_inteira = inteiro(x)
    retorne flutuante(parte_inteira) * 2.0 + decimal(7) / 2.0 + absoluto(x)


defina verdade(n: inteiro) -> booleano:
    retorne booleano(n) == Verdadeiro


defina ordem_das_palavras(n: inteiro) -> inteiro:
    seja total = 0
    intervalo(n) para k:
        total += k
    seja resto = n
    enquanto resto > 0:
        resto -= 2
    total += resto * 1000
    intervalo(1, 4) para passo:
        total += passo
    retorne total
