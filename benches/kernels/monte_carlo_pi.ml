# lang: en
# Monte Carlo estimate of pi: points drawn by a linear congruential generator (modulus 2**31),
# counted when they fall inside the quarter circle.

def monte_carlo_pi(samples: int, seed: int) -> float:
    state = seed
    hits = 0
    for i in range(samples):
        state = (state * 1103515245 + 12345) % 2147483648
        x = state / 2147483648.0
        state = (state * 1103515245 + 12345) % 2147483648
        y = state / 2147483648.0
        if x * x + y * y <= 1.0:
            hits += 1
    return 4.0 * hits / samples
