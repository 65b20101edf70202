# timedelta: normalisation, reprs, arithmetic, comparisons, hashing, errors
from datetime import timedelta

for args, kwargs in [((), {}), ((1,), {}), ((-1,), {}), ((0, -1), {}), ((0, 0, -1), {}), ((1, 2, 3), {}),
                     ((), {"hours": 25}), ((), {"minutes": -1441}), ((), {"weeks": 1.5}), ((), {"days": 0.1}),
                     ((), {"seconds": 1.0000005}), ((), {"microseconds": 2.5}), ((), {"microseconds": 3.5}),
                     ((), {"milliseconds": -0.0015}), ((1.5, 2.25, 3.75), {}), ((), {"days": 1, "hours": -24}),
                     ((), {"microseconds": -1}), ((), {"days": 999999999, "hours": 23, "minutes": 59}),
                     ((True, False), {})]:
    d = timedelta(*args, **kwargs)
    print(repr(d), str(d), d.days, d.seconds, d.microseconds, d.total_seconds(), bool(d), hash(d))

a, b = timedelta(days=3, hours=4), timedelta(hours=-30, microseconds=7)
print(a + b, a - b, b - a, -a, +b, abs(b), abs(a))
print(a * 3, 3 * a, a * -1, a * 0.5, 0.1 * a, a * 1e-7, a / 7, a / 2.5, a / 0.3)
print(a / b, a // b, a % b, divmod(a, b), divmod(b, a), a // 7, a // -7, b // 3)
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=-5) / 2)
print(timedelta(microseconds=1) * 0.5, timedelta(microseconds=3) * 0.5, timedelta(seconds=1) / 3)
print(a < b, a > b, a == timedelta(hours=76), a != b, a <= a, a >= b, a == 5, a != "x")
print(sorted([a, b, timedelta(0), timedelta.min, timedelta.max]))
print(timedelta.max, repr(timedelta.min), timedelta.resolution, timedelta.max + timedelta.min)
print({timedelta(1): "one", timedelta(hours=24): "same"})

for f in [lambda: timedelta(days=1000000000), lambda: timedelta.max + timedelta(1), lambda: timedelta("1"),
          lambda: timedelta(hours=[]), lambda: timedelta(1) / 0, lambda: timedelta(1) // 0,
          lambda: timedelta(1) % timedelta(0), lambda: timedelta(1) / timedelta(0), lambda: timedelta(1) / 0.0,
          lambda: timedelta(1) + 1, lambda: 1 - timedelta(1), lambda: timedelta(1) < 1, lambda: timedelta(1) * "x",
          lambda: timedelta(1) * float("inf"), lambda: timedelta(1) * float("nan"), lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8),
          lambda: timedelta(x=1), lambda: timedelta(1) * 1e300, lambda: timedelta.max * 2]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
