# float(str): infinities and NaN spelled any way CPython accepts, underscores,
# surrounding whitespace, Unicode digits, and the exact error messages.
texts = ["inf", "-Infinity", "nan", "+NaN", " 1_000.5 ", "1e5", ".5", "5.", "-iNF", "1.5e-3",
         "\t3.25\n", "1E+2", "-0", "0.0000001", "123456789012345678901234567890", "1e-400",
         "1e400", "-1e400", "4.9e-324", "2.4703282292062328e-324", "1_2.3_4e1_0", "١.٥",
         "\u3000 2.5 \u3000", "+.5e-1", "9007199254740993", "0.1e1_0", "infinity", "-nan"]
for t in texts:
    print(repr(t), repr(float(t)))
for t in ["0x10", "1__0", "_1", "1_", "", " ", "abc", "1e", "infinit", "1.5.5", "e5", "--1", "1 0",
          "nan1", "1_e5", "1e_5", "1._5", "in f", "é", "1e5\x00"]:
    try:
        print(repr(float(t)))
    except ValueError as e:
        print("ValueError", e)
for v in [None, [1.0]]:
    try:
        print(float(v))
    except TypeError as e:
        print("TypeError", e)
print(float(True), float(-7), float(2**80), float(), float(1.5), float(" -0.0 "))
