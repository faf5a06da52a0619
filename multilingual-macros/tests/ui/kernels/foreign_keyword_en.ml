# lang: en
# `si` is French (and Spanish) for `if`.

def clamp(x: int, limit: int) -> int:
    si x > limit:
        return limit
    return x
