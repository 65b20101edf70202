/* Spectral norm, the C reference for bench/spectral_norm.py: the same matrix, the same
   ten power iterations and the same printed value. */
#include <math.h>
#include <stdio.h>

#define N 400

static double eval_a(long i, long j) {
    return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
}

static void times_a(const double *u, double *result, int n) {
    for (int i = 0; i < n; i++) {
        double s = 0.0;
        for (int j = 0; j < n; j++)
            s += eval_a(i, j) * u[j];
        result[i] = s;
    }
}

static void times_a_transposed(const double *u, double *result, int n) {
    for (int i = 0; i < n; i++) {
        double s = 0.0;
        for (int j = 0; j < n; j++)
            s += eval_a(j, i) * u[j];
        result[i] = s;
    }
}

static void times_ata(const double *u, double *result, int n) {
    double middle[N];
    times_a(u, middle, n);
    times_a_transposed(middle, result, n);
}

int main(void) {
    static double u[N], v[N];
    for (int i = 0; i < N; i++)
        u[i] = 1.0;
    for (int k = 0; k < 10; k++) {
        times_ata(u, v, N);
        times_ata(v, u, N);
    }
    double vbv = 0.0, vv = 0.0;
    for (int i = 0; i < N; i++) {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    printf("%.9f\n", sqrt(vbv / vv));
    return 0;
}
