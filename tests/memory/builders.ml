# Kernels that allocate: lists, lists of lists and strings built anew on every call.

def build(n: int) -> int:
    rows = []
    for i in range(n):
        row = [i] * 3
        row.append(i * i)
        rows.append(row)
    words = [str(i) for i in range(n)]
    return len(rows) + len(words)

def grow(n: int) -> list[int]:
    xs = []
    for i in range(n):
        xs.append(i)
    return xs

def build_then_fail(n: int) -> int:
    rows = []
    for i in range(n):
        rows.append([i] * 8)
    return rows[n][0]
