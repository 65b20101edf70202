# round(float) and round(float, n): correctly rounded, ties to even on the
# exact binary value, huge and tiny n, negative n, specials.
values = [2.5, 3.5, -2.5, 0.5, 1.5, -0.5, 2.675, 1.005, 0.125, 0.375, 123.456, -123.456, 1e300,
          5e-324, 1e-20, 0.285, 1.15, 2.345, 1234567.891, -0.0, 99.995, 1e16 + 2.0]
for v in values:
    print(repr(v), round(v) if abs(v) < 1e300 else "big",
          [round(v, n) for n in [0, 1, 2, 3, 5, -1, -2, -5, 15, 300, 400, -400]])
for n in range(-3, 12):
    print(n, round(3.14159265358979, n), round(-2718.281828459045, n), round(0.5, n))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(round(v, 2), round(v, -2), round(v, 0))
    try:
        print(round(v))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
x = 0.0
for i in range(50):
    x += 0.1
    print(i, round(x, 1), round(x, 15), round(x * 10) / 10)
