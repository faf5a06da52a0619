# lang: en
# Kernels of the divergences recorded in tests/differential.rs (compiled there by include_ml!,
# not part of the registry).

def depth(n: int) -> int:
    if n <= 0:
        return 0
    return 1 + depth(n - 1)


def churn(n: int, size: int) -> int:
    total = 0
    for i in range(n):
        scratch = [1] * size
        total += len(scratch)
    return total
