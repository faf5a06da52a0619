# lang: en
# The smallest kernel: measures what a call costs on each path.

def add(a: int, b: int) -> int:
    return a + b
