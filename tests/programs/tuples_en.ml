# lang: en
GREETING = "hi"
SUFFIX = GREETING + "!"


def min_max(xs: list[float]) -> tuple[float, float]:
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


def divide(a: int, b: int) -> tuple[int, int]:
    return (a // b, a % b)


def describe(n: int) -> tuple[str, int, bool]:
    if n % 2 == 0:
        return "even", n // 2, True
    return "odd", 3 * n + 1, False


def fib_pair(n: int) -> int:
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a


def swap_rows(m: list[list[int]]):
    m[0], m[2] = m[2], m[0]


def bubble(xs: list[int]):
    n = len(xs)
    for i in range(n):
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]


def scale(p: tuple[float, float], k: float) -> tuple[float, float]:
    x, y = p
    return (x * k, y * k)


def greet(n: int) -> str:
    return GREETING * n + SUFFIX


print(greet(2))
print(list(reversed([1, 2, 3])), sum(reversed([1.5, 2.5])), "-".join(reversed(["a", "b"])))
print(len((1, 2, 3)), len(describe(3)))
lo, hi = min_max([3.5, -1.0, 7.25, 2.0])
print(lo, hi)
q, r = divide(17, 5)
print(q, r)
print(divide(-17, 5))
t = describe(7)
print(t)
print(t[0], t[1], t[-1])
word, value, flag = describe(10)
print(word, value, flag)
print(fib_pair(10), fib_pair(50))
m = [[1, 2], [3, 4], [5, 6]]
swap_rows(m)
print(m)
xs = [5, 2, 9, 1, 5, 6]
bubble(xs)
print(xs)
p = scale((1.5, -2.0), 2.0)
print(p)
print(f"point {p} and {p[0]:.2f}")
s = str((1, "a'b", True, 2.5))
print(s)
single = (42,)
print(single, len(xs))
nested = ((1, 2), "x")
print(nested, nested[0][1])
a, (b, c) = 1, (2, 3)
print(a, b, c)
for i in range(3):
    m[i], m[2 - i] = m[2 - i], m[i]
print(m)
total = 0
for d in (-1, 0, 1):
    total += d * 10
print(total, 3 in (1, 2, 3), "z" not in ("x", "y"))
words = ["b", "a"]
other = ["c"]
words, other = other, words
print(words, other)
print(list(range(2, 5)), list("abc"), list(xs), list(reversed("xyz")))


def bump(xs: list[int]) -> int:
    xs[0] = 99
    return 1


ys = [1, 2, 3]
print(ys, bump(ys))
zs = [1, 2, 3]
print(zs, zs.pop(), zs)
pt = (1, "a")
print(f"{pt!r} {pt}", pt == (1, "a"), pt != (1, "b"), (1, 2.0) == (1, 2), divide(7, 2) == (3, 1))
