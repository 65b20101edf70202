# Mandelbrot set (the Computer Language Benchmarks Game) on an N x N grid: each pixel
# is one bit, eight to a byte as in the PBM the benchmark writes; instead of the image
# the program prints the count of points inside and a checksum of the packed bytes.
# Measures float arithmetic in nested loops and int bit operations.
N = 700
ITERATIONS = 50


def mandelbrot(size):
    inside = 0
    checksum = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        bits = 0
        bit_count = 0
        for x in range(size):
            cr = 2.0 * x / size - 1.5
            zr = 0.0
            zi = 0.0
            tr = 0.0
            ti = 0.0
            i = 0
            while i < ITERATIONS and tr + ti <= 4.0:
                zi = 2.0 * zr * zi + ci
                zr = tr - ti + cr
                tr = zr * zr
                ti = zi * zi
                i += 1
            bits <<= 1
            if tr + ti <= 4.0:
                bits |= 1
                inside += 1
            bit_count += 1
            if bit_count == 8:
                checksum = (checksum * 31 + bits) & 0xFFFFFFFF
                bits = 0
                bit_count = 0
        if bit_count > 0:
            bits <<= 8 - bit_count
            checksum = (checksum * 31 + bits) & 0xFFFFFFFF
    return inside, checksum


inside, checksum = mandelbrot(N)
print("size", N, "inside", inside)
print("checksum", checksum)
