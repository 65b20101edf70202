for s in ["12", "abc", "1.5", "", " 7 ", "0x10"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print("ValueError:", e)
for s in ["1.5", "nope", "1e3", ""]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print("ValueError:", e)
try:
    [1, 2].index(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
cases = [0, 1, 2, 3, 4]
for case in cases:
    try:
        if case == 0:
            r = "a" + 1
        elif case == 1:
            r = 1 + "a"
        elif case == 2:
            r = [1] * "x"
        elif case == 3:
            r = len(5)
        else:
            r = "x" < 1
        print(r)
    except TypeError as e:
        print(case, "TypeError:", e)
