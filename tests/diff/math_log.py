# math.log (with and without a base), log2 and log10, of floats, of ints
# beyond float range (CPython's frexp route), and their domain errors.
import math


def show(label, f, *args, **kwargs):
    try:
        print(label, args, repr(f(*args, **kwargs)))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, args, type(e).__name__, e)


inf = math.inf
nan = math.nan


def logarithms():
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


logarithms()
