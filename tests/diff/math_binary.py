# math functions of two floats and of float representation: pow, atan2,
# copysign, fmod, remainder, ldexp, nextafter, isclose.
import math


def show(label, f, *args, **kwargs):
    try:
        print(label, args, repr(f(*args, **kwargs)))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, args, type(e).__name__, e)


inf = math.inf
nan = math.nan


def two_floats():
    operands = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.0, 3.0, -3.5, 1e300, -1e-300, 5e-324, inf, -inf, nan, 7, -3, True]
    for name, f in [("pow", math.pow), ("atan2", math.atan2), ("copysign", math.copysign),
                    ("fmod", math.fmod), ("remainder", math.remainder), ("nextafter", math.nextafter)]:
        for x in operands:
            for y in operands:
                show(name, f, x, y)


def ldexps():
    for x, i in [(1.0, 0), (1.0, 1023), (1.0, 1024), (1.0, -1074), (1.0, -1075), (0.75, -1074), (3.0, 2 ** 70),
                 (3.0, -(2 ** 70)), (0.0, 2 ** 70), (-0.0, 5), (inf, -5), (nan, 3), (1.5, True), (1e308, 1),
                 (5e-324, 1074), (1, 10), (1.0, 2.0), ("a", 1)]:
        show("ldexp", math.ldexp, x, i)


def nextafters():
    for x, y, steps in [(1.0, 2.0, 0), (1.0, 2.0, 1), (1.0, 2.0, 10), (1.0, 0.0, 5), (0.0, 1.0, 3),
                        (0.0, -1.0, 3), (-0.0, 1.0, 1), (5e-324, -5e-324, 1), (5e-324, -5e-324, 2),
                        (5e-324, -5e-324, 3), (1.0, 1.0, 100), (1.0, 1.0000000000000009, 100), (1.0, inf, 2 ** 70),
                        (-1.0, 1.0, 2 ** 70), (nan, 1.0, 2), (1.0, nan, 2), (1.0, 2.0, None), (1.0, 2.0, -1),
                        (1.0, 2.0, 1.5), (1.7976931348623157e308, inf, 1), (-1.0, -2.0, 4)]:
        show("nextafter-steps", math.nextafter, x, y, steps=steps)


def iscloses():
    for a, b, kw in [(1.0, 1.0, {}), (1.0, 1.0 + 1e-10, {}), (1.0, 1.0 + 1e-8, {}), (0.0, 1e-12, {}),
                     (0.0, 1e-12, {"abs_tol": 1e-11}), (100, 101, {"rel_tol": 0.01}), (100, 102, {"rel_tol": 0.01}),
                     (inf, inf, {}), (inf, -inf, {}), (nan, nan, {}), (inf, 1e308, {"rel_tol": 1.0}),
                     (1, 2, {"rel_tol": -1.0}), (1, 2, {"abs_tol": -1}), (True, 1.0, {}), (10 ** 20, 1e20, {})]:
        show("isclose", math.isclose, a, b, **kw)
    show("isclose-kw", math.isclose, a=1.0, b=1.0)


two_floats()
ldexps()
nextafters()
iscloses()
