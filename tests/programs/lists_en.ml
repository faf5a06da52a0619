def identity(n: int) -> list[list[float]]:
    m: list[list[float]] = []
    for i in range(n):
        row = [0.0] * n
        row[i] = 1.0
        m.append(row)
    return m

def transpose(m: list[list[float]]) -> list[list[float]]:
    out = []
    for j in range(len(m[0])):
        row = []
        for i in range(len(m)):
            row.append(m[i][j])
        out.append(row)
    return out

def scale(m: list[list[float]], k: float):
    for row in m:
        for j in range(len(row)):
            row[j] = row[j] * k

def total(m: list[list[float]]) -> float:
    s = 0.0
    for row in m:
        for x in row:
            s += x
    return s

def words() -> list[str]:
    w = ["a", "bb"]
    w.append("c" * 3)
    return w

def grow(m: list[list[int]]):
    m[0].append(7)

m = [[1.0, 2.0], [3.0, 4.0]]
print(m, transpose(m))
scale(m, 2.0)
print(m, total(m), identity(3))
print(words())
g = [[1], [2, 3]]
grow(g)
print(g)
xs = [1, 2, 3, 4, 5, 6]
print(xs[1:4], xs[::-1], xs[::2], xs[-2:], xs[:100], xs[5:1:-2])
s = "héllo wörld"
print(s[::-1], s[1:5], s[-3:])
sq = [x * x for x in xs if x % 2 == 0]
print(sq)
grid = [[0.0 for j in range(3)] for i in range(2)]
grid[1][2] = 5.0
print(grid)
for i, w in enumerate(["a", "b", "c"], 1):
    print(i, w)
for a, b in zip(xs, "abc"):
    print(a, b)
for x in reversed(xs):
    print(x, end=" ")
print()
for i, row in enumerate(grid):
    row[0] = float(i)
print(grid)
names = [c.upper() for c in "xyz"]
print(names)
st = [3, 1, 2]
st.append(9)
print(st.pop(), st.pop(0), st)
st.insert(0, 7)
st.insert(-1, 8)
st.insert(100, 5)
print(st, st.index(8), st.count(2), 2 in st, 42 not in st)
st.extend([4, 4])
st.extend(st)
st.remove(4)
print(st)
st.sort()
print(st, sorted([2.5, -1.0, 0.0]), sorted(["b", "a", "é", "Z"]))
st.reverse()
print(st)
ws = ["x", "y"]
ws.insert(1, "m")
print(ws.pop(), ws, "m" in ws, ws.index("m"))
cp = st.copy()
cp.clear()
print(cp, st)
mm = [[1], [2]]
mm.insert(0, [0])
last = mm.pop()
mm.extend([[5, 6]])
print(mm, last)
text = "  the quick  brown fox  "
parts = text.split()
print(parts, len(parts), "-".join(parts), "a,b,,c".split(","), ", ".join([w.upper() for w in parts if len(w) > 3]))
empty: list[str] = []
print(" ".join(sorted(parts)), "x".join(empty), "|".join("a b".split(" ")))
