# math.sumprod (CPython's int, triple-length float and generic paths, and
# the switches between them) and math.prod.
import math


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except (ValueError, OverflowError, TypeError) as e:
        print(label, type(e).__name__, e)


inf = math.inf
nan = math.nan


def sumprods():
    products = [([], []), ([1, 2, 3], [4, 5, 6]), ([0.1, 0.2, 0.3], [0.4, 0.5, 0.6]),
                ([1e100, 1.0, -1e100], [1.0, 1.0, 1.0]), ([1, 2.5], [3, 4]), ([2 ** 62, 2 ** 62], [2, 2]),
                ([2 ** 70, 3], [1, 2]), ([True, True], [True, 1.5]), ([1.0, 1e308], [1.0, 10.0]),
                ([inf, 1.0], [1.0, 2.0]), ([nan], [1.0]), ([1, 2], [3]), ([1], [2, 3]),
                ([0.1] * 100, [0.3] * 100), ([3, 0.5, 7, 0.25], [2, 8, 3, 4]), ([1.0, "a"], [2.0, 3.0]),
                ([10 ** 400], [0.5]), ([-0.0], [0.0]), ([1e16, 1.0, -1e16], [1.0, 1.0, 1.0])]
    for p, q in products:
        show("sumprod", math.sumprod, p, q)


def prods():
    for xs, start in [([], None), ([1, 2, 3, 4], None), ([1.5, 2, 3], None), ([2 ** 40, 2 ** 40, 2 ** 40], None),
                      ([True, True], None), ([0.1] * 10, None), ([1, 2], 0.5), ([1, 2], 10 ** 30), ([], "s"),
                      (["ab", 3], None), ([3, "ab"], None), ([inf, 0.0], None), (range(1, 25), None)]:
        if start is None:
            show("prod", math.prod, xs)
        else:
            show("prod", math.prod, xs, start=start)


sumprods()
prods()
