# lang: en
# Monte Carlo estimate of pi with a linear congruential generator (deterministic for a given seed).

def _next_state(state: int) -> int:
    return (state * 1103515245 + 12345) % 2147483648


def estimate_pi(samples: int, seed: int) -> float:
    state = seed
    hits = 0
    for sample in range(samples):
        state = _next_state(state)
        x = state / 2147483648.0
        state = _next_state(state)
        y = state / 2147483648.0
        if x * x + y * y <= 1.0:
            hits += 1
    return 4.0 * hits / samples
