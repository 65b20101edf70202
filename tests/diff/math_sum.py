# math's accurate sums and norms: fsum, hypot and dist, whose last bits
# depend on CPython's exact algorithms.
import math


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except (ValueError, OverflowError, TypeError) as e:
        print(label, type(e).__name__, e)


inf = math.inf
nan = math.nan


def fsums():
    sequences = [[], [0.0], [-0.0], [-0.0, -0.0], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
                 [1e-16, 1.0, 1e16], [1.0, 1e-16, 1e-16], [1e308, 1e308], [1e308, -1e308, 1e308],
                 [inf, 1.0], [inf, -inf], [nan, 1.0], [inf, nan], [-inf, -inf, 5.0], [1, 2, 3],
                 [10 ** 400], [True, 0.5], list(range(1000)), [x / 7 for x in range(1, 50)],
                 [2.0 ** 53, 1.0, 1.0], [2.0 ** 53, -0.5, -2.0 ** -54], [1.0, "a"],
                 [5e-324, 5e-324, -5e-324], [0.3, 0.3, 0.3, -0.9], [1.1] * 1000]
    for xs in sequences:
        show("fsum", math.fsum, xs)
        show("fsum-tuple", math.fsum, tuple(xs))
    show("fsum-range", math.fsum, range(10))
    show("fsum-int", math.fsum, 5)


def hypots():
    points = [(), (3.0,), (-3.0,), (3, 4), (3.0, 4.0, 12.0), (1e-320, 1e-320), (5e-324, 5e-324, 5e-324),
              (1e300, 1e300), (1.7976931348623157e308, 1.7976931348623157e308), (inf, nan), (nan, 1.0),
              (-inf, 3.0), (0.0, -0.0), (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4,
              1.5, 1.6, 1.7, 1.8, 1.9), (1, 1, 1, 1), (10 ** 20, 1), (True, False), (1.0000000000000002, 1e-8),
              (2.0 ** -1060, 2.0 ** -1070), ("a",)]
    for p in points:
        show("hypot", math.hypot, *p)


def dists():
    pairs = [((0, 0), (3, 4)), ((1.5, 2.5, -3.5), (0.25, -7.0, 2.0)), ([1, 2], [4, 6]), ((1,), (1,)),
             ((), ()), ((1e308,), (-1e308,)), ((inf, 0), (0, 0)), ((nan, 0), (inf, 0)), ((1, 2), (1, 2, 3)),
             ((0.1, 0.2), (0.3, 0.4)), (range(3), [5, 5, 5]), (("a",), (1,))]
    for p, q in pairs:
        show("dist", math.dist, p, q)
    show("dist-int", math.dist, 1, 2)



fsums()
hypots()
dists()
