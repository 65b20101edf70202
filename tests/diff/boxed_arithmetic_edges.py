# +, - and * on values whose type is not known at compile time (a list of
# mixed items): around the 48-bit small-int limit, int64 overflow, and
# float special values.
values = [0, 1, -1, 2**47 - 1, -2**47, 2**47, 2**62, -2**63, 2**63 - 1, 3.5, -0.0, 0.0,
          float("inf"), float("-inf"), 1e308, True, "s"]


def show(x):
    if isinstance(x, float) and x != x:
        return "nan"
    return repr(x)


for a in values:
    row = []
    for b in values:
        for op in ("+", "-", "*"):
            try:
                if op == "+":
                    r = a + b
                elif op == "-":
                    r = a - b
                else:
                    huge = isinstance(a, int) and abs(a) > 3 or isinstance(b, int) and abs(b) > 3
                    r = "skip" if (isinstance(a, str) or isinstance(b, str)) and huge else a * b
            except TypeError as e:
                r = "TypeError"
            row.append(show(r))
    print(" ".join(row))
acc = values[3]
for i in range(5):
    acc += values[3]
    acc -= values[1]
    acc *= values[2]
print(acc, type(acc).__name__)
f = values[9]
for i in range(10):
    f = f * f - f
print(f)
