# lang: en
# Language test (English): every control-flow keyword, the logical operators and the builtins
# of the kernel subset, plus a few functions that raise errors in Python.

def bucket(n: int) -> int:
    if n < 0:
        return -1
    elif n == 0:
        return 0
    elif n < 10:
        return 1
    else:
        return 2


def countdown(n: int) -> int:
    let total = 0
    var i = n
    while i > 0:
        i -= 1
        if i % 3 == 0:
            continue
        if total > 40:
            break
        total += i
    return total


def range_sums() -> int:
    total = 0
    for i in range(5):
        total += i
    for i in range(2, 6):
        total += i * 10
    for i in range(10, 0, -3):
        total += i * 100
    return total


def list_loop() -> int:
    values = [3, 1, 4, 1, 5]
    total = 0
    for v in values:
        if v == 1:
            pass
        else:
            total += v
    values.append(9)
    values[0] = 10
    return total + values[-1] * 100 + values[0] * 1000 + len(values) * 10000


def logic(a: int, b: int) -> bool:
    both = a > 0 and b > 0
    either = a > 0 or b > 0
    flag = False
    if both or (either and not a == b):
        flag = True
    return flag and not a > 100


def between(x: int) -> bool:
    return 0 <= x < 10 and 1 < x * 2 <= 18


def pick(x: int) -> int:
    sign = -1 if x < 0 else 1 if x > 0 else 0
    return sign * 100 + (x * 2 if x > 5 else x - 1)


def builtins_mix() -> int:
    values = [4, -7, 2, 9]
    total = sum(values)
    count = len(values)
    smallest = min(values)
    biggest = max(values)
    return total + count * 10 + abs(smallest) * 100 + biggest * 1000 + min(3, 8) * 10000 + max(1, 2) * 100000


def conversions(x: float) -> float:
    whole = int(x)
    return float(whole) * 2.0 + float(7) / 2.0 + abs(x)


def truthy(n: int) -> bool:
    return bool(n) == True


def literals() -> int:
    return 1_000 + 0x1F + 0b101 + 0o17


def unicode_ops(a: int, b: int) → float:
    product = a × b − 3
    score = 0
    if a ≤ b:
        score += 1
    if a ≥ b:
        score += 10
    if a ≠ b:
        score += 100
    return product ÷ 2 + float(score)


def arithmetic(a: int, b: int) -> int:
    return (a // b) * 1000 + (a % b) * 100 + (2 ** 10) // a


def float_arithmetic(x: float, y: float) -> float:
    return x / y + x // y + x % y - x ** 2.0


def bits(a: int, b: int) -> int:
    return ((a & b) | (a ^ b)) + (~a) + (a << 3) + (b >> 1)


def gcd(a: int, b: int) -> int:
    if b == 0:
        return a
    return gcd(b, a % b)


def element_at(i: int) -> int:
    values = [10, 20, 30]
    return values[i]


def store_at(i: int) -> int:
    values = [0] * 3
    values[i] = 7
    return sum(values)


def int_divide(a: int, b: int) -> int:
    return a // b


def float_divide(x: float, y: float) -> float:
    return x / y


def remainder(a: int, b: int) -> int:
    return a % b


def count_primes(limit: int) -> int:
    count = 0
    for candidate in range(2, limit):
        is_prime = True
        for d in range(2, candidate):
            if d * d > candidate:
                break
            if candidate % d == 0:
                is_prime = False
                break
        if is_prime:
            count += 1
    return count
