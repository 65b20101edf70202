# math functions of two floats and of float representation: pow, atan2,
# copysign, fmod, remainder, log with a base (and of ints beyond float range),
# log2, log10, ldexp, nextafter, isclose.
import math


def show(label, f, *args, **kwargs):
    try:
        print(label, args, repr(f(*args, **kwargs)))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, args, type(e).__name__, e)


inf = math.inf
nan = math.nan
operands = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.0, 3.0, -3.5, 1e300, -1e-300, 5e-324, inf, -inf, nan, 7, -3, True]
for name, f in [("pow", math.pow), ("atan2", math.atan2), ("copysign", math.copysign),
                ("fmod", math.fmod), ("remainder", math.remainder), ("nextafter", math.nextafter)]:
    for x in operands:
        for y in operands:
            show(name, f, x, y)

for x in [1, 2, 8, 10, 100, 1000, 0.5, 1e-300, 5e-324, 2.0 ** 1000, 10 ** 308, 10 ** 309, 2 ** 1023,
          2 ** 1024, 2 ** 1024 - 1, 2 ** 2000 + 1, 10 ** 1000, 3 ** 5000, 0, -1, -(10 ** 400), 0.0, -0.0,
          -2.5, inf, -inf, nan, True, False, "a"]:
    show("log", math.log, x)
    show("log2", math.log2, x)
    show("log10", math.log10, x)
    show("log-base", math.log, x, 10)
    show("log-base2", math.log, x, 2.0)
for x, base in [(8, 2), (100, 10), (10 ** 400, 10 ** 200), (2, 1), (2, 0.5), (1, 1), (27, 3), (5, -1),
                (5, 0), (10 ** 500, 2), (2.5, inf), (inf, inf)]:
    show("log2args", math.log, x, base)

for x, i in [(1.0, 0), (1.0, 1023), (1.0, 1024), (1.0, -1074), (1.0, -1075), (0.75, -1074), (3.0, 2 ** 70),
             (3.0, -(2 ** 70)), (0.0, 2 ** 70), (-0.0, 5), (inf, -5), (nan, 3), (1.5, True), (1e308, 1),
             (5e-324, 1074), (1, 10), (1.0, 2.0), ("a", 1)]:
    show("ldexp", math.ldexp, x, i)

for x, y, steps in [(1.0, 2.0, 0), (1.0, 2.0, 1), (1.0, 2.0, 10), (1.0, 0.0, 5), (0.0, 1.0, 3),
                    (0.0, -1.0, 3), (-0.0, 1.0, 1), (5e-324, -5e-324, 1), (5e-324, -5e-324, 2),
                    (5e-324, -5e-324, 3), (1.0, 1.0, 100), (1.0, 1.0000000000000009, 100), (1.0, inf, 2 ** 70),
                    (-1.0, 1.0, 2 ** 70), (nan, 1.0, 2), (1.0, nan, 2), (1.0, 2.0, None), (1.0, 2.0, -1),
                    (1.0, 2.0, 1.5), (1.7976931348623157e308, inf, 1), (-1.0, -2.0, 4)]:
    show("nextafter-steps", math.nextafter, x, y, steps=steps)

for a, b, kw in [(1.0, 1.0, {}), (1.0, 1.0 + 1e-10, {}), (1.0, 1.0 + 1e-8, {}), (0.0, 1e-12, {}),
                 (0.0, 1e-12, {"abs_tol": 1e-11}), (100, 101, {"rel_tol": 0.01}), (100, 102, {"rel_tol": 0.01}),
                 (inf, inf, {}), (inf, -inf, {}), (nan, nan, {}), (inf, 1e308, {"rel_tol": 1.0}),
                 (1, 2, {"rel_tol": -1.0}), (1, 2, {"abs_tol": -1}), (True, 1.0, {}), (10 ** 20, 1e20, {})]:
    show("isclose", math.isclose, a, b, **kw)
show("isclose-kw", math.isclose, a=1.0, b=1.0)
