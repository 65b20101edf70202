# Spectral norm of an infinite matrix (the classic benchmark): float loops over lists.
N = 400


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times_a(u, n):
    result = [0.0] * n
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * u[j]
        result[i] = s
    return result


def times_a_transposed(u, n):
    result = [0.0] * n
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * u[j]
        result[i] = s
    return result


def times_ata(u, n):
    return times_a_transposed(times_a(u, n), n)


u = [1.0] * N
v = u
for _ in range(10):
    v = times_ata(u, N)
    u = times_ata(v, N)
vbv = 0.0
vv = 0.0
for i in range(N):
    vbv += u[i] * v[i]
    vv += v[i] * v[i]
print(f"{(vbv / vv) ** 0.5:.9f}")
