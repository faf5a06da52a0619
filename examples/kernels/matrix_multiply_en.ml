# lang: en
# Square matrix product on flat row-major lists: c = a × b, all n × n.

def multiply(a: list[float], b: list[float], n: int) -> list[float]:
    c = [0.0] * (n * n)
    for i in range(n):
        for j in range(n):
            total: float = 0.0
            for k in range(n):
                total += a[i * n + k] * b[k * n + j]
            c[i * n + j] = total
    return c


def identity(n: int) -> list[float]:
    m = [0.0] * (n * n)
    for i in range(n):
        m[i * n + i] = 1.0
    return m


def diagonal_sum(a: list[float], n: int) -> float:
    total = 0.0
    for i in range(n):
        total += a[i * n + i]
    return total
