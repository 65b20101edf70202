# float.hex() and float.fromhex(): exact hex notation, correct rounding
# (half to even, subnormals), overflow and malformed input.
values = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308,
          2.225073858507201e-308, 1.7976931348623157e308, 123.456, 2.0**-1074 * 3,
          float("inf"), float("-inf"), float("nan")]
for v in values:
    h = v.hex()
    print(repr(v), h, repr(float.fromhex(h)))
texts = ["0x1.8p1", "-0x1p-1074", " 0X1.FFFFFFFFFFFFFp1023 ", "inf", "-Infinity", "nan", "1.8",
         "0x.8", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076", "0x1.fffffffffffff7ffp1023",
         "0x.8p-1073", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080000001p0",
         "  -0x0p+99999999999999999 ", "0x1p-99999999999999999", "+0x1", "0x123456789abcdef0123p-20",
         "0x0000000001.000000000000000000000000008p0", "0x.00000000000000000000000001p100", "1p4",
         "0x1.p0", "0xAbC.dEfP-3", "1e1"]
for t in texts:
    print(repr(t), repr(float.fromhex(t)))
for t in ["0x1.fffffffffffff8p1023", "0x1p1024", "1p", "0x", "x1", "0x1.8p+1x", "0x1_0", "", " ",
          ".", "0x.p1", "0x1p+", "infinit", "--0x1", "0x1p2000x", "\u0661"]:
    try:
        print(repr(t), float.fromhex(t))
    except (ValueError, OverflowError) as e:
        print(repr(t), type(e).__name__, e)
for v in [1, None]:
    try:
        float.fromhex(v)
    except TypeError as e:
        print("TypeError", e)
x = 0.7
for i in range(60):
    x = x * 1.37 + 0.001
    if float.fromhex(x.hex()) != x:
        print("mismatch", x)
print(x.hex(), (-x / 3e300).hex())
