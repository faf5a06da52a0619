# lang: en
# Mandelbrot set: the escape time of every point of a width × height grid over
# [-2, 1] × [-1, 1], row by row (max_iter for points that never escape).

def mandelbrot(width: int, height: int, max_iter: int) -> list[int]:
    counts: list[int] = []
    for row in range(height):
        y = -1.0 + 2.0 * row / height
        for col in range(width):
            x = -2.0 + 3.0 * col / width
            zx = 0.0
            zy = 0.0
            i = 0
            while i < max_iter and zx * zx + zy * zy <= 4.0:
                t = zx * zx - zy * zy + x
                zy = 2.0 * zx * zy + y
                zx = t
                i += 1
            counts.append(i)
    return counts
