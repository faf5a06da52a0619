# lang: en
# Every string operation of the language; tests/strings.rs calls each function on both paths.

def concat(a: str, b: str) -> str:
    return a + b


def repeat(s: str, n: int) -> str:
    return s * n


def repeat_left(s: str, n: int) -> str:
    return n * s


def compare(a: str, b: str) -> list[bool]:
    return [a < b, a <= b, a > b, a >= b, a == b, a != b]


def length(s: str) -> int:
    return len(s)


def char_at(s: str, i: int) -> str:
    return s[i]


def contains(needle: str, hay: str) -> bool:
    return needle in hay


def not_contains(needle: str, hay: str) -> bool:
    return needle not in hay


def truthy(s: str) -> int:
    if s:
        return 1
    return 0


def falsy(s: str) -> bool:
    return not s


def int_text(n: int) -> str:
    return str(n)


def float_text(x: float) -> str:
    return str(x)


def bool_text(b: bool) -> str:
    return str(b) + "/" + str(not b)


def same(s: str) -> str:
    return s


def literals(k: int) -> str:
    if k == 0:
        return ""
    elif k == 1:
        return "héllo → 世界 😀"
    elif k == 2:
        return "tab\tquote' double\" back\\slash"
    return "héllo → 世界 😀" + "" + "x"


def reverse(s: str) -> str:
    r = ""
    for c in s:
        r = c + r
    return r


def count_vowels(s: str) -> int:
    n = 0
    for c in s:
        if c in "aeiouyAEIOUYéèà":
            n += 1
    return n


def join_ints(xs: list[int], sep: str) -> str:
    out = ""
    for i in range(len(xs)):
        if i > 0:
            out += sep
        out += str(xs[i])
    return out


def shout(s: str, times: int) -> str:
    return _exclaim(s) * times


def _exclaim(s: str) -> str:
    return s + "!"


def fields(n: int, x: float, b: bool, s: str) -> str:
    return f"[{n}] [{x}] [{b}] [{s}] [{n:>5}] [{n:<4}|] [{n:+d}] [{n:x}] [{n:,}] [{n:08}]"


def float_fields(x: float) -> str:
    return f"{x:.2f} {x:e} {x:.3g} {x:10.4f} {x:%} {x:+.1f} {x:,.3f}"


def text_fields(s: str) -> str:
    return f"{s!r} <{s:^9}> <{s:>7}> <{s:*<6}> {s!s}"


def bool_fields(b: bool) -> str:
    return f"{b!r} {b:>6} {b:d}"


def quoted(s: str) -> str:
    return f"{s!r}"


def bad_int_spec(n: int) -> str:
    return f"{n:s}"


def bad_text_spec(s: str) -> str:
    return f"{s:d}"


def show(s: str, n: int):
    print(s, n, f"<{s}>", sep="|")
    print(s[0] if s else "-", len(s), s * 2, end=".\n")


def loop_index(s: str, k: int) -> str:
    t = ""
    i = 0
    while i < k:
        t += s[i]
        i += 1
    return t
