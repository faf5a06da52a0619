# lang: en
# Words of a sentence, with strings and f-strings.

def count_words(text: str) -> int:
    n = 0
    inside = False
    for c in text:
        if c == " ":
            inside = False
        elif not inside:
            inside = True
            n += 1
    return n


def word_at(text: str, k: int) -> str:
    w = ""
    n = -1
    inside = False
    for c in text:
        if c == " ":
            if inside and n == k:
                return w
            inside = False
        else:
            if not inside:
                inside = True
                n += 1
                w = ""
            w += c
    if n == k:
        return w
    return ""


def reverse(s: str) -> str:
    r = ""
    for c in s:
        r = c + r
    return r


text = "the quick brown fox jumps over the lazy dog"
n = count_words(text)
print(f"{n} words, {len(text)} characters")
total = 0
longest = ""
for k in range(n):
    w = word_at(text, k)
    total += len(w)
    if len(w) > len(longest):
        longest = w
    print(f"{k:>2}: {w!r:<8}|{len(w):>5}|{reverse(w)}")
avg = total / n
print(f"average length: {avg:.2f}, longest: {longest!r}")
name = "Zoë"
print(f"hello {name!r}, <{name:*^9}>, {len(name)} letters")
print("é" * 3, "→" * 0, "ab" * -1, "[" + "世界" + "]", sep="|")
print(f"{n:>5}|{avg:e}|{True}|{-7:+d}|{1234567:,}|{255:x}|{0.1 + 0.2}")
s = "abc"
print(s < "abd", s == "abc", "b" in s, "→" in "a→b", "z" not in s, s[-1], s[0] + s[2])
print(str(3.0), str(1e-05), str(-42), str(False), f"{3.14159:.3f}", f"{2.5:08.2f}")
print(f"{'x'!r}", f"{name}", "done")
