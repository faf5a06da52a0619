# lang: en
# Ranking: names paired with scores, lists of tuples in and out of kernels.

def pair_up(names: list[str], scores: list[int]) -> list[tuple[str, int]]:
    return list(zip(names, scores))

def leader(pairs: list[tuple[str, int]]) -> tuple[str, int]:
    best = pairs[0]
    for name, score in pairs:
        if score > best[1]:
            best = (name, score)
    return best

def shifted(points: list[tuple[float, float]], dx: float, dy: float) -> list[tuple[float, float]]:
    return [(x + dx, y + dy) for x, y in points]

def numbered(words: list[str]) -> list[tuple[int, str]]:
    out = []
    for i, w in enumerate(words, 1):
        if len(w) > 0:
            out.append((i, w.upper()))
    return out
