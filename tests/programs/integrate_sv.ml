# lang: sv
# Trapetsregeln och en Monte Carlo-uppskattning med en LCG.

importera math


definiera f(x: flyttal) -> flyttal:
    retur math.sin(x) * math.exp(-x / 3.0)


definiera trapets(a: flyttal, b: flyttal, n: heltal) -> flyttal:
    lat h = (b - a) / n
    lat summa = (f(a) + f(b)) / 2.0
    for k i intervall(1, n):
        summa += f(a + k * h)
    retur summa * h


definiera monte_carlo(prov: heltal, frö: heltal) -> flyttal:
    lat x = frö
    lat inne = 0
    for k i intervall(prov):
        x = (x * 1103515245 + 12345) % 2147483648
        lat u = x / 2147483648.0
        x = (x * 1103515245 + 12345) % 2147483648
        lat v = x / 2147483648.0
        om u * u + v * v <= 1.0:
            inne += 1
    retur 4.0 * inne / prov


for n i [4, 16, 64, 256]:
    skriv(n, trapets(0.0, 3.0, n))
skriv("pi ungefär", monte_carlo(20000, 7))
skriv(math.sqrt(2.0), math.log(10.0), math.cos(1.0), 2.0 ** 0.5, 10 % 3, -7 // 2)
