# float ** edge cases: zero to negative powers, overflow, NaN and infinity
# rules, ints raised to negative powers.
pairs = [(0.0, -1), (0.0, -1.0), (-0.0, -1.0), (2.0, 10000.0), (10.0, -400.0), (1.0, float("nan")),
         (float("nan"), 0.0), (-1.0, float("inf")), (-1.0, float("-inf")), (0.5, float("inf")),
         (2.0, float("-inf")), (float("inf"), -1), (float("-inf"), 3), (float("-inf"), 2.0),
         (-2.0, 3.0), (-8.0, 2.0), (0.0, 0.0), (1e308, 2), (-1e308, 3), (2, -1), (2, -1074),
         (10, -5), (-3, -3), (0, -1), (0, -2.5), (2.0, 0.5), (-0.0, 3), (-0.0, 0.5)]
for a, b in pairs:
    try:
        print(repr(a), repr(b), repr(a ** b))
    except (ZeroDivisionError, OverflowError) as e:
        print(repr(a), repr(b), type(e).__name__, e)
print(pow(2.0, 3), pow(2, 0.5), pow(-2, 2.0), 10 ** -1, 2 ** -0.5, 4 ** 0.5, (-1.0) ** 2**70)
try:
    print(10.0 ** 2**70)
except OverflowError as e:
    print("OverflowError", e)
print(0.5 ** 2**70, (-0.5) ** (2**70 + 1), 1.0 ** float("inf"))
