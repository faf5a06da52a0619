# Areas and a running total, printed.

def area(w: float, h: float) -> float:
    return w * h


def fib_list(n: int) -> list[int]:
    out = [0, 1]
    while len(out) < n:
        out.append(out[-1] + out[-2])
    return out


def main():
    total = 0.0
    for k in range(1, 4):
        a = area(k * 1.5, 2.0)
        total += a
        print("area", k, a)
    print("total", total, sep=": ")


main()
print(fib_list(12))
print(2 ** 62, -2 ** 3, 1 / 3, 2.0 ** 0.5)
halves = []
k = 0
while len(halves) < 4:
    halves.append(k / 2)
    k += 1
print(halves, len(halves))
empty = []
print(len(empty))
