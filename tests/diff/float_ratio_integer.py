# float.as_integer_ratio, is_integer, conjugate, real/imag on ordinary,
# tiny, huge and special values.
values = [0.0, -0.0, 1.0, -2.5, 0.75, 0.1, 1 / 3, 1e300, 5e-324, 2.0**52 + 0.5, 123.0, -1e-5,
          1e22, 2.0**-1022]
for v in values:
    n, d = v.as_integer_ratio()
    print(repr(v), v.is_integer(), n % 10**12, d.bit_length(), n / d == v, v.conjugate(), v.real,
          v.imag)
for v in [float("inf"), float("-inf"), float("nan")]:
    print(v.is_integer(), v.conjugate(), v.real, v.imag)
    try:
        print(v.as_integer_ratio())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((0.5).as_integer_ratio(), (-0.375).as_integer_ratio(), (2.0).as_integer_ratio())
