# lang: en
# XOR cipher: every byte of the data combined with the key, repeated.

def xor_cipher(data: list[int], key: list[int]) -> list[int]:
    result = [0] * len(data)
    n = len(key)
    for i in range(len(data)):
        result[i] = data[i] ^ key[i % n]
    return result
