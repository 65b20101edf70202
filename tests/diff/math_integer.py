# math's exact integer functions on small and big ints: gcd, lcm, isqrt,
# factorial, comb, perm, and floor/ceil/trunc returning ints.
import math


def show(label, f, *args):
    try:
        print(label, args, repr(f(*args)))
    except (ValueError, OverflowError, TypeError) as e:
        print(label, args, type(e).__name__, e)


big = 2 ** 100 + 7
huge = 3 ** 300


def gcd_and_lcm():
    for args in [(), (0,), (-12,), (12, 18), (-12, 18), (12, -18), (0, 0), (0, 5), (7, 0),
                 (2 ** 64, 2 ** 40), (big, big * 6), (huge, 3 ** 200 * 2), (12, 18, 27), (1, big, huge),
                 (True, 4), (-(2 ** 63), 2 ** 62), (2 ** 63 - 1, 2 ** 62), (10 ** 30, 10 ** 20 * 7),
                 (1.5,), (3, 4.0), ("a",)]:
        show("gcd", math.gcd, *args)
        show("lcm", math.lcm, *args)


def square_roots():
    for n in [0, 1, 2, 3, 4, 15, 16, 17, 24, 25, 26, 99, 100, 101, 2 ** 52, 2 ** 52 + 1, 2 ** 62,
              2 ** 63 - 1, 2 ** 64 - 1, 2 ** 64, 2 ** 64 + 1, 10 ** 30, 10 ** 30 - 1, big, huge,
              huge + 1, (10 ** 50 + 3) ** 2, (10 ** 50 + 3) ** 2 - 1, True, -1, -(10 ** 40), 4.0, "9"]:
        show("isqrt", math.isqrt, n)


def factorials():
    for n in [0, 1, 2, 5, 10, 20, 21, 22, 25, 30, 50, 100, 170, 171, True, -1, 2.0, -(10 ** 30), 10 ** 30, "5"]:
        show("factorial", math.factorial, n)
    print(len(str(math.factorial(1000))), math.factorial(1000) % (10 ** 20 + 39))


def combinations():
    for n, k in [(5, 2), (5, 0), (5, 5), (5, 6), (0, 0), (10, 3), (52, 5), (100, 50), (1000, 3),
                 (1000, 997), (60, 30), (67, 33), (200, 100), (2 ** 64, 3), (2 ** 70 + 1, 2),
                 (10 ** 20, 10 ** 20 - 2), (-1, 2), (3, -2), (-3, -2), (5.0, 2), (5, 2.0), (True, True)]:
        show("comb", math.comb, n, k)
        show("perm", math.perm, n, k)
    for n in [0, 1, 5, 20, 25, -3, 2.5]:
        show("perm1", math.perm, n)
        show("permNone", math.perm, n, None)


def rounding():
    for x in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 1e16 + 1, -1e16, 1e300, -1e300, 2.0 ** 64,
              1.7976931348623157e308, 7, -7, 10 ** 40, -(10 ** 40), True, False, math.inf, -math.inf,
              math.nan, "x"]:
        show("floor", math.floor, x)
        show("ceil", math.ceil, x)
        show("trunc", math.trunc, x)


gcd_and_lcm()
square_roots()
factorials()
combinations()
rounding()

# types of results
print(type(math.floor(2.5)), type(math.ceil(True)), type(math.gcd(True)), type(math.isqrt(True)))
print(math.comb(10, 5) + math.perm(6, 2) * math.factorial(4), math.gcd(), math.lcm())
