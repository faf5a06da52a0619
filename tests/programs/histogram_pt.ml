# lang: pt
# Histograma de uma imagem em tons de cinza (lista de linhas), limiar de Otsu,
# binarização e equalização do histograma.

defina criar_imagem(altura: inteiro, largura: inteiro) -> lista[lista[inteiro]]:
    seja img = []
    para l em intervalo(altura):
        seja linha = []
        para c em intervalo(largura):
            seja fundo = 40 + (l * 7 + c * 3) % 30
            se 2 <= l < altura - 2 e 3 <= c < largura - 3:
                fundo = 170 + (l * c) % 50
            linha.append(fundo)
        img.append(linha)
    retorne img


defina histograma(img: lista[lista[inteiro]], caixas: inteiro) -> lista[inteiro]:
    seja h = [0] * caixas
    para linha em img:
        para v em linha:
            h[v * caixas // 256] += 1
    retorne h


defina otsu(img: lista[lista[inteiro]]) -> inteiro:
    seja h = histograma(img, 256)
    seja total = 0
    seja soma_total = 0
    para v em intervalo(256):
        total += h[v]
        soma_total += v * h[v]
    seja melhor = 0
    seja melhor_var = -1.0
    seja peso_fundo = 0
    seja soma_fundo = 0
    para t em intervalo(256):
        peso_fundo += h[t]
        seja peso_frente = total - peso_fundo
        se peso_fundo == 0 ou peso_frente == 0:
            continue
        soma_fundo += t * h[t]
        seja media_fundo = soma_fundo / peso_fundo
        seja media_frente = (soma_total - soma_fundo) / peso_frente
        seja var = peso_fundo * peso_frente * (media_fundo - media_frente) ** 2
        se var > melhor_var:
            melhor_var = var
            melhor = t
    retorne melhor


defina binarizar(img: lista[lista[inteiro]], limiar: inteiro) -> lista[lista[inteiro]]:
    seja b = []
    para linha em img:
        seja nova = []
        para v em linha:
            nova.append(1 se v > limiar senão 0)
        b.append(nova)
    retorne b


defina equalizar(img: lista[lista[inteiro]]):
    seja h = histograma(img, 256)
    seja acumulado = [0] * 256
    seja corrente = 0
    para v em intervalo(256):
        corrente += h[v]
        acumulado[v] = corrente
    seja minimo = 0
    para v em intervalo(256):
        se acumulado[v] > 0:
            minimo = acumulado[v]
            interrompa
    seja n = corrente
    para linha em img:
        para c em intervalo(comprimento(linha)):
            linha[c] = (acumulado[linha[c]] - minimo) * 255 // (n - minimo)


defina barras(h: lista[inteiro]):
    para i em intervalo(comprimento(h)):
        seja inicio = i * 256 // comprimento(h)
        imprima(f"{inicio:3}-{inicio + 256 // comprimento(h) - 1:3} {h[i]:3} " + "*" * h[i])


seja img = criar_imagem(9, 12)
imprima("linha 4:", img[4])
barras(histograma(img, 8))
seja t = otsu(img)
imprima("limiar de Otsu:", t)
seja b = binarizar(img, t)
seja frente = 0
para linha em b:
    seja texto = ""
    para v em linha:
        texto += "█" se v == 1 senão "·"
    imprima(texto, soma(linha))
    frente += soma(linha)
imprima("pixels de frente:", frente, "de", comprimento(b) * comprimento(b[0]))
equalizar(img)
imprima("equalizada, linha 4:", img[4])
imprima("equalizada, linha 0:", img[0])
barras(histograma(img, 4))
imprima("mínimo e máximo após equalizar:", min(min(img[0]), min(img[4])), max(max(img[0]), max(img[4])))
