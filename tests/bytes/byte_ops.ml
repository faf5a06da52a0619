# lang: en
# Every bytes operation of the language; tests/bytes.rs calls each function on both paths.

KEY = b"k\x00" + b"\xff"


def concat(a: bytes, b: bytes) -> bytes:
    return a + b


def repeat(b: bytes, n: int) -> bytes:
    return b * n


def repeat_left(b: bytes, n: int) -> bytes:
    return n * b


def compare(a: bytes, b: bytes) -> list[bool]:
    return [a < b, a <= b, a > b, a >= b, a == b, a != b]


def length(b: bytes) -> int:
    return len(b)


def byte_at(b: bytes, i: int) -> int:
    return b[i]


def contains(needle: bytes, hay: bytes) -> bool:
    return needle in hay


def not_contains(needle: bytes, hay: bytes) -> bool:
    return needle not in hay


def contains_int(x: int, hay: bytes) -> bool:
    return x in hay


def truthy(b: bytes) -> int:
    if b:
        return 1
    return 0


def either(a: bytes, b: bytes) -> bytes:
    return a or b


def pick(a: bytes, b: bytes, first: bool) -> bytes:
    return a if first else b


def same(b: bytes) -> bytes:
    return b


def cut(b: bytes, lo: int, hi: int, step: int) -> bytes:
    return b[lo:hi:step]


def tail(b: bytes, lo: int) -> bytes:
    return b[lo:]


def reverse(b: bytes) -> bytes:
    return b[::-1]


def ints(b: bytes) -> list[int]:
    return list(b)


def loop_sum(b: bytes) -> int:
    t = 0
    for x in b:
        t = t * 3 + x
    return t


def weighted(b: bytes) -> int:
    t = 0
    for i, x in enumerate(b, 1):
        t += i * x
    return t


def backwards(b: bytes) -> list[int]:
    out: list[int] = []
    for x in reversed(b):
        out.append(x)
    return out


def mixed(a: bytes, b: bytes) -> list[int]:
    out: list[int] = []
    for x, y in zip(a, b):
        out.append(x ^ y)
    return out


def total(b: bytes) -> int:
    return sum(b)


def smallest(b: bytes) -> int:
    return min(b)


def largest(b: bytes) -> int:
    return max(b)


def ordered(b: bytes) -> list[int]:
    return sorted(b)


def from_ints(xs: list[int]) -> bytes:
    return bytes(xs)


def zeros(n: int) -> bytes:
    return bytes(n)


def encode(s: str) -> bytes:
    return s.encode()


def decode(b: bytes) -> str:
    return b.decode("utf-8")


def hexed(b: bytes) -> str:
    return b.hex()


def unhex(s: str) -> bytes:
    return bytes.fromhex(s)


def searches(b: bytes, sub: bytes) -> list[int]:
    return [b.count(sub), b.find(sub), int(b.startswith(sub)), int(b.endswith(sub))]


def searches_int(b: bytes, x: int) -> list[int]:
    return [b.count(x), b.find(x)]


def shown(b: bytes) -> str:
    return str(b) + f"|{b}|{b!r}|" + str((b, len(b)))


def show(b: bytes, n: int):
    print(b, [b, b * n], (n, b), sep=";")


def pair(a: bytes, b: bytes) -> tuple[bytes, int]:
    return (a + b, len(b))


def sorted_list(a: bytes, b: bytes) -> list[bytes]:
    xs = [a, b, a + b, b"\x00"]
    xs.sort()
    return xs


def position(xs: list[bytes], b: bytes) -> int:
    return xs.index(b)


def member(xs: list[bytes], b: bytes) -> bool:
    return b in xs


def literal() -> bytes:
    return b"a\x00\xff\n'\"\\" + B'Z\t\101' + KEY


def grow(b: bytes) -> bytes:
    b += b"x"
    b *= 2
    xs = [b]
    xs[0] += b"!"
    return xs[0]


def nested(b: bytes) -> list[list[bytes]]:
    rows = [[b, b + b"!"], [b"\x00"]]
    rows[1].append(b[::-1])
    return rows


def show_nested(b: bytes):
    m = [[b], [b"'", b""]]
    print(m, [b] * 2, nested(b)[1])


def popped(b: bytes) -> bytes:
    xs = [b, b"x"]
    first = xs.pop(0)
    xs.insert(0, first + b"y")
    xs.remove(b"x")
    return xs[0]


def reversed_ints(b: bytes) -> list[int]:
    return list(reversed(b))


def tuple_list(a: bytes, b: bytes) -> list[tuple[bytes, int]]:
    xs = [(a, 1), (b, 2), (a + b, 0)]
    xs.sort()
    xs.append((b"'", len(xs)))
    print(xs, (a, 3) in xs, xs.index((a + b, 0)))
    return xs
