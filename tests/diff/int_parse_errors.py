# CPython's exact ValueError messages for malformed int() input and bad bases.
cases = [("x", 10), ("", 10), ("   ", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("012", 0),
         ("0x", 16), ("0x", 0), ("12", 2), ("1 2", 10), ("0b2", 0), ("-", 10), ("+", 10),
         ("9", 8), ("1.5", 10), ("1e5", 10), ("--1", 10), ("+-1", 10), ("0o8", 0), ("0b", 2),
         ("0x_", 16), ("0_x1", 0), ("1\x00", 10), ("é", 10), ("ff", 15), ("z", 35),
         ("0b1", 10), ("0o1", 10), (" 0x1 2", 0), ("00x1", 0), ("0_7", 0), ("\u00a0", 10)]
for text, base in cases:
    try:
        print(int(text, base))
    except ValueError as e:
        print("ValueError", e)
for base in [1, 37, -1, 100, -2**70]:
    try:
        print(int("1", base))
    except ValueError as e:
        print("ValueError", e)
for value in [3.5, None, [1]]:
    try:
        print(int(value, 10))
    except TypeError as e:
        print("TypeError", e)
for value in ["1" * 50 + "x", "x" * 300]:
    try:
        print(int(value))
    except ValueError as e:
        print("ValueError", len(str(e)), str(e)[:80])
