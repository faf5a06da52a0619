# lang: en
# Lists of tuples: pairs built, appended, indexed, unpacked, sorted and printed.

def make_pairs(n: int) -> list[tuple[int, str]]:
    out = []
    for i in range(n):
        out.append((i * i % 7, "p" + str(i)))
    return out

def total(pairs: list[tuple[int, str]]) -> int:
    s = 0
    for k, name in pairs:
        s += k * len(name)
    return s

def best(pairs: list[tuple[int, str]]) -> tuple[int, str]:
    top = pairs[0]
    for p in pairs:
        if p[0] > top[0]:
            top = p
    return top

def spread(t: tuple[int, int, int]) -> int:
    total = 0
    for x in t:
        total += x
    if 2 in t:
        total += 100
    return total

pairs = make_pairs(6)
print(pairs)
print(len(pairs), pairs[1], pairs[-1])
print(total(pairs))
print(best(pairs))
k, name = pairs[2]
print(k, name)
for i, p in enumerate(pairs):
    a, b = p
    if i % 2 == 0:
        print(i, a, b)
xs = [3, 1, 2]
ys = ["c", "a", "b"]
zipped = list(zip(xs, ys))
print(zipped)
numbered = list(enumerate(ys))
print(numbered)
print(sorted(zipped), sorted(numbered))
print((1, "a") in zipped, (1, "b") not in zipped, zipped.index((2, "b")), zipped.count((3, "c")))
zipped.sort()
print(zipped)
zipped.remove((2, "b"))
print(zipped)
print(zipped)
squares = [(x, x * x) for x in range(4)]
print(squares)
firsts = [a for a, b in squares if b > 1]
print(firsts)
pts = [(1.5, 2.0), (0.5, -1.0)]
pts.append((3.0, 4.0))
print(pts.pop(), pts)
pts.append((0.5, -3.0))
pts.sort()
print(pts, sorted([(True, 2), (False, 3), (True, 1)]))
print(f"{pts[0]}")
for q in zip(ys, xs, [True, False, True]):
    print(q, q[2])
pairs2 = [(b, a) for a, b in zipped if a != 2]
print(pairs2, len(pairs2))
last = pairs2.pop()
pairs2.insert(0, last)
pairs2[1] = ("z", 26)
print(pairs2, str(pairs2[0]))
s = "stressed"
print("".join(reversed(s)), list(reversed(s)))
t = (1, 2, 3)
for v in t:
    print(v)
print(spread(t), 5 in t, 3 not in t)
words = ("a", "b")
for w in words:
    print(w * 2)
