# int(float): truncation toward zero on every scale, exact results for huge
# floats, and the errors for infinities and NaN.
values = [0.0, -0.0, 0.5, -0.5, 0.999999, 1.0, 1.5, -1.5, 2.5, 1e15 + 0.5, 2.0**52 + 0.5,
          2.0**53, 2.0**53 + 2, 2.0**63, -2.0**63, 2.0**64, 1e20, -1e22, 1.7976931348623157e308,
          5e-324, 123456789.987654321, -987654321.123]
for v in values:
    print(repr(v), int(v), round(v) if abs(v) < 1e300 else "big")
x = 1.0
for i in range(40):
    x *= 7.3
    print(i, int(x), int(-x), int(x) == x, int(x) < x)
for v in [float("inf"), float("-inf"), float("nan"), -float("nan")]:
    try:
        print(int(v))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
    try:
        print(round(v))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(int(2.0**1023) == 2**1023, int(1e308) % 1000000007, int(-1e300) // 10**290)
