# lang: en
# XOR cipher and Adler-32 checksum over bytes.

def xor(data: bytes, key: bytes) -> bytes:
    out: list[int] = []
    n = len(key)
    for i in range(len(data)):
        out.append(data[i] ^ key[i % n])
    return bytes(out)

def adler32(data: bytes) -> int:
    a = 1
    b = 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
