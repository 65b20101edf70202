# Many pseudo-random inputs (a fixed linear congruential generator, so the
# inputs are the same in every run) for the functions whose last bit
# depends on the algorithm: fsum, hypot, dist, sumprod, gamma, lgamma, log
# of big ints, isqrt, comb.
import math

state = 12345


def next_int(bits):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (2 ** 64)
    return state >> (64 - bits)


def next_float(low_exponent, high_exponent):
    mantissa = next_int(53) | 1
    exponent = low_exponent + next_int(16) % (high_exponent - low_exponent + 1)
    sign = -1.0 if next_int(1) else 1.0
    return sign * math.ldexp(mantissa, exponent - 53)


for trial in range(40):
    xs = [next_float(-60, 60) for i in range(1 + trial * 3)]
    print("fsum", trial, math.fsum(xs), math.fsum(xs + [-x for x in xs[::2]]))
    print("hypot", trial, math.hypot(*xs), math.hypot(*xs[:2]), math.hypot(*xs[:3]))
    ys = [next_float(-30, 30) for x in xs]
    print("dist", trial, math.dist(xs, ys))
    print("sumprod", trial, math.sumprod(xs, ys))
    print("prod", trial, math.prod(xs[:10]))

for trial in range(150):
    x = next_float(-8, 8)
    print("gamma", x, end=" ")
    try:
        print(math.gamma(x), end=" ")
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, end=" ")
    print(math.lgamma(x), math.erf(x), math.erfc(x))

for trial in range(60):
    x = next_float(-1, 8) + 0.0
    print("gamma-range", x, math.gamma(math.fmod(abs(x) * 20, 170.0)), math.lgamma(-abs(x) * 30 - 0.5))

for trial in range(60):
    n = next_int(64) ** (1 + trial % 40) + trial
    print("bigint", trial, math.log(n), math.log2(n), math.log10(n), math.isqrt(n) % 1000003)

for trial in range(30):
    n = next_int(10) + 1
    k = next_int(10) % (n + 1)
    print("comb", n, k, math.comb(n, k) % 1000000007, math.perm(n, k // 4) % 1000000007)

for trial in range(60):
    x = next_float(-1074, 1023)
    y = next_float(-1074, 1023)
    print("rep", math.remainder(x, y), math.fmod(x, y), math.ulp(x), math.nextafter(x, y, steps=trial),
          math.frexp(x), math.modf(x), math.atan2(x, y), math.copysign(x, y))
