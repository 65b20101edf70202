/* Mandelbrot, the C reference for bench/mandelbrot.py: the same grid, iteration limit,
   bit packing and 32-bit rolling checksum of the packed bytes. */
#include <stdint.h>
#include <stdio.h>

#define N 700
#define ITERATIONS 50

int main(void) {
    long inside = 0;
    uint32_t checksum = 0;
    for (int y = 0; y < N; y++) {
        double ci = 2.0 * y / N - 1.0;
        unsigned bits = 0;
        int bit_count = 0;
        for (int x = 0; x < N; x++) {
            double cr = 2.0 * x / N - 1.5;
            double zr = 0.0, zi = 0.0, tr = 0.0, ti = 0.0;
            for (int i = 0; i < ITERATIONS && tr + ti <= 4.0; i++) {
                zi = 2.0 * zr * zi + ci;
                zr = tr - ti + cr;
                tr = zr * zr;
                ti = zi * zi;
            }
            bits <<= 1;
            if (tr + ti <= 4.0) {
                bits |= 1;
                inside++;
            }
            if (++bit_count == 8) {
                checksum = checksum * 31 + bits;
                bits = 0;
                bit_count = 0;
            }
        }
        if (bit_count > 0)
            checksum = checksum * 31 + (bits << (8 - bit_count));
    }
    printf("size %d inside %ld\n", N, inside);
    printf("checksum %u\n", (unsigned)checksum);
    return 0;
}
