print(float("1e10"), float(" 3.5 "), float("-0.25"), float("1_000.5"), float("+2"), float(".5"), float("5."))
print(float(10 ** 20), float(-(2 ** 63)), float(True), float("1e400"), float("-1e400"))
print(str(1e16), str(1e15), str(123.0), str(0.000001), str(0.0000001))
print(int(1e15), int(-2.9e10), int(1.9999999999999998), int(123456789.987))
print(repr(1.1), repr(2.2 + 1.1), repr(1e-10), repr(-123e45))
for s in ["0", "1.25", "-7.125", "3e-3", "12345678901234567890", "2.5e+20"]:
    f = float(s)
    print(s, f, f * 2, int(f))
