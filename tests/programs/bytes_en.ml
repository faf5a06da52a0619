# lang: en
# Bytes: an XOR cipher, Adler-32 and Fletcher-16 checksums, hex and UTF-8 round trips, and
# bytes printed as Python shows them.

KEY = b"K3y!"


def xor(data: bytes, key: bytes) -> bytes:
    out: list[int] = []
    for i in range(len(data)):
        out.append(data[i] ^ key[i % len(key)])
    return bytes(out)


def adler32(data: bytes) -> int:
    a = 1
    b = 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def fletcher16(data: bytes) -> int:
    lo = 0
    hi = 0
    for x in data:
        lo = (lo + x) % 255
        hi = (hi + lo) % 255
    return (hi << 8) | lo


message = "Attack at dawn, 12 h!".encode()
secret = xor(message, KEY)
print("secret:", secret.hex())
print("plain:", xor(secret, KEY).decode())
print("same:", xor(secret, KEY) == message, secret != message)
print("adler32:", adler32(b"Wikipedia"), f"{adler32(b'Wikipedia'):x}")
print("fletcher16:", fletcher16(b"abcde"), fletcher16(b"abcdef"), fletcher16(b""))

text = "héllo wörld → 世界"
raw = text.encode()
print(len(text), len(raw), raw[1], raw[-1], raw[:3])
print(raw.hex())
back = bytes.fromhex(raw.hex())
print(back == raw, back.decode() == text, back.decode())

quote = bytes([39])
both = bytes([39, 34])
controls = bytes([92, 9, 10, 13, 0, 31, 32, 126, 127, 128, 255])
print(quote, both, controls)
print([quote, both, b"plain"], (controls, len(controls)))
print(f"{quote} {both!r} {str(controls)}")
print(str(b""), b"abc" * 2, 3 * b"-", b"xyz"[::-1], b"abcdef"[1:5:2])

data = b"mississippi"
print(data.count(b"ss"), data.count(115), data.find(b"sip"), data.find(b"z"), data.find(112))
print(b"iss" in data, 112 in data, 122 in data, b"" in data)
print(data.startswith(b"miss"), data.endswith(b"pi"), data.endswith(b"x"))
print(sum(data), min(data), max(data), sorted(b"dcba"), list(b"hi"))
print(bytes(3), bytes([104, 105]), bytes(), len(bytes(0)))
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"" == bytes())
total = 0
for i, x in enumerate(b"ab"):
    total += (i + 1) * x
print("weighted:", total)
if b"":
    print("empty is true")
else:
    print("empty is false")
mixed: list[int] = []
for x, y in zip(b"abc", KEY):
    mixed.append(x ^ y)
print("xor of lists:", mixed)
