# lang: pt
# Utilitários de texto: palíndromos, vogais, inversão, capitalização e substituições.

defina inverter(s: texto) -> texto:
    seja r = ""
    para c em s:
        r = c + r
    retorne r


defina so_letras(s: texto) -> texto:
    seja r = ""
    para c em s.lower():
        se c.isalpha():
            r += c
    retorne r


defina e_palindromo(s: texto) -> booleano:
    seja limpo = so_letras(s)
    seja i = 0
    seja j = comprimento(limpo) - 1
    enquanto i < j:
        se limpo[i] != limpo[j]:
            retorne Falso
        i += 1
        j -= 1
    retorne Verdadeiro


defina contar_vogais(s: texto) -> inteiro:
    seja vogais = "aeiouáéíóúâêôãõà"
    seja n = 0
    para c em s.lower():
        se c em vogais:
            n += 1
    retorne n


defina capitalizar_palavras(s: texto) -> texto:
    seja r = ""
    seja inicio = Verdadeiro
    para c em s:
        se c == " ":
            inicio = Verdadeiro
            r += c
        senão se inicio:
            r += c.upper()
            inicio = Falso
        senão:
            r += c.lower()
    retorne r


frases = "Socorram-me, subi no ônibus em Marrocos/A base do teto desaba/Olá mundo/Anotaram a data da maratona/programação/"
seja frase = ""
para c em frases:
    se c != "/":
        frase += c
        continue
    imprima(f"{frase!r:<45} palíndromo={e_palindromo(frase)!s:<6} vogais={contar_vogais(frase):>2}")
    frase = ""
seja texto_base = "  o rato roeu a roupa do rei de roma  "
seja t = texto_base.strip()
imprima("[" + t + "]", comprimento(texto_base), comprimento(t))
imprima(inverter(t))
imprima(capitalizar_palavras(t))
imprima(t.upper())
imprima(t.replace("r", "R"), t.count("r"), t.count("ro"))
imprima(t.find("roupa"), t.find("rainha"), t.startswith("o rato"), t.endswith("roma"), t.endswith("paris"))
seja palavras = 0
seja maior = ""
seja atual = ""
para c em t + " ":
    se c == " ":
        se comprimento(atual) > 0:
            palavras += 1
            se comprimento(atual) > comprimento(maior):
                maior = atual
        atual = ""
    senão:
        atual += c
imprima("palavras:", palavras, "maior:", maior)
seja codigo = "ABC-123-xyz"
seja digitos = 0
seja letras = 0
seja outros = 0
intervalo(comprimento(codigo)) para k:
    se codigo[k].isdigit():
        digitos += 1
    senão se codigo[k].isalpha():
        letras += 1
    senão:
        outros += 1
imprima(f"dígitos={digitos} letras={letras} outros={outros}")
imprima(int(codigo[4] + codigo[5] + codigo[6]) * 2, codigo[-1] se letras > digitos senão codigo[0], codigo.lower().isupper(), codigo[0].isupper())
imprima("-" * 20)
imprima(f"{'centro':^20}|")
imprima(f"{'esquerda':<20}|")
imprima(f"{'direita':>20}|")
imprima(f"{'preenchido':*^20}|")
