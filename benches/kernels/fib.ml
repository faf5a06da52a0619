# lang: en
# Recursive Fibonacci: the benchmark of calls (fib(30) makes 2.7 million of them).

def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
