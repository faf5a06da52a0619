# lang: en
# 3 × 3 box blur of a grey image (flat row-major list of floats); the border pixels are copied.

def box_blur(src: list[float], width: int, height: int) -> list[float]:
    dst = [0.0] * (width * height)
    for y in range(height):
        for x in range(width):
            i = y * width + x
            if x == 0 or y == 0 or x == width - 1 or y == height - 1:
                dst[i] = src[i]
            else:
                total = src[i - width - 1] + src[i - width] + src[i - width + 1]
                total += src[i - 1] + src[i] + src[i + 1]
                total += src[i + width - 1] + src[i + width] + src[i + width + 1]
                dst[i] = total / 9.0
    return dst
