# repr and str of floats are the shortest text that round-trips, switching to
# exponent form below 1e-4 and from 1e16, on a deterministic spread of values.
x = 1.0
for i in range(120):
    x = x * 7.123456789 % 9.87654321e10 + 1.0 / (i + 3)
    y = x * 10.0 ** ((i % 40) - 25)
    print(repr(y), str(-y), float(repr(y)) == y)
for v in [1e16, 1e15, 9999999999999998.0, 1e-4, 9.999999999999999e-5, 0.1 + 0.2, 1.1 * 3,
          2.0**63, 2.0**-1074, 1.7976931348623157e308, 100.0, 1234567890123456789.0, 0.3,
          2.2250738585072014e-308, 4.35, 0.000123, 1e22, 1e23, -1e-7]:
    print(repr(v), str(v), "%r" % v, "%s" % v)
print([0.1, 0.2, 0.30000000000000004], (1e100,), {2.5: 1e-10})
