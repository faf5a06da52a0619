# lang: en
# Check digits and number notations: Luhn, ISBN-10 and ISBN-13, Roman numerals, bases 2 to 36.

def luhn_valid(number: str) -> bool:
    total = 0
    double = False
    k = len(number) - 1
    while k >= 0:
        d = int(number[k])
        if double:
            d *= 2
            if d > 9:
                d -= 9
        total += d
        double = not double
        k -= 1
    return total % 10 == 0


def luhn_digit(partial: str) -> int:
    for d in range(10):
        if luhn_valid(partial + str(d)):
            return d
    return -1


def isbn10_valid(isbn: str) -> bool:
    total = 0
    pos = 10
    for c in isbn:
        if c == "-":
            continue
        if c == "X":
            total += 10 * pos
        else:
            total += int(c) * pos
        pos -= 1
    return pos == 0 and total % 11 == 0


def isbn13_from_10(isbn: str) -> str:
    body = "978"
    for c in isbn:
        if c.isdigit():
            body += c
    digits = ""
    for k in range(12):
        digits += body[k]
    total = 0
    for k in range(12):
        total += int(digits[k]) * (1 if k % 2 == 0 else 3)
    return digits + str((10 - total % 10) % 10)


def to_roman(n: int) -> str:
    values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
    names = "M CMD CDC XCL XLX IXV IVI "
    out = ""
    for k in range(len(values)):
        sym = (names[2 * k] + names[2 * k + 1]).strip()
        while n >= values[k]:
            out += sym
            n -= values[k]
    return out


def to_base(n: int, base: int) -> str:
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while n > 0:
        out = digits[n % base] + out
        n //= base
    return sign + out


def from_base(s: str, base: int) -> int:
    value = 0
    for c in s.upper():
        value = value * base + "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".find(c)
    return value


card = ""
for c in "4539578763621486 4539578763621487 79927398713 0 ":
    if c != " ":
        card += c
    else:
        print(f"{card:>18}  luhn={luhn_valid(card)}")
        card = ""
print("check digit for 7992739871:", luhn_digit("7992739871"))
isbns = "0-306-40615-2 0-8044-2957-X 0-306-40615-3"
isbn = ""
pos = 0
while pos <= len(isbns):
    if pos < len(isbns) and isbns[pos] != " ":
        isbn += isbns[pos]
    else:
        print(f"{isbn:<15}{isbn10_valid(isbn)!s:>6}  {isbn13_from_10(isbn)}")
        isbn = ""
    pos += 1
years = [1987, 2024, 3999, 444, 14]
for y in years:
    print(f"{y:>5} = {to_roman(y):<14}|{to_base(y, 2):>16}|{to_base(y, 16):>4}|{to_base(y, 36):>3}")
print(to_base(-255, 16), to_base(0, 7), from_base("ff", 16), from_base("ZZ", 36), from_base(to_base(123456789, 36), 36))
print(f"{255:b} {255:o} {255:#x} {2 ** 40:,} {-2 ** 62:_}")
total = 0
for y in years:
    total += from_base(to_base(y, 7), 7)
print(total == sum(years), total, max(years), min(years), len(to_roman(3888)))
