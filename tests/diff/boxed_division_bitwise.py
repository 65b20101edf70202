# // % & | ^ on values whose type is not known at compile time (a list of mixed items):
# signs, zero divisors, the 48-bit small-int limit, bools, floats and bigints.
values = [0, 1, -1, 7, -7, 3, -3, 2**47 - 1, -2**47, 2**47, -2**63, 10**20, True, False, 2.5, -0.0, "s"]


def apply(op, a, b):
    if op == "//":
        return a // b
    if op == "%":
        return a % b
    if op == "&":
        return a & b
    if op == "|":
        return a | b
    return a ^ b


for op in ("//", "%", "&", "|", "^"):
    for a in values:
        row = []
        for b in values:
            try:
                row.append(repr(apply(op, a, b)))
            except (ZeroDivisionError, TypeError) as e:
                row.append(type(e).__name__)
        print(op, repr(a), " ".join(row))


def gen_mod(items, m):
    for x in items:
        yield x % m, x // m, x & 5


print(list(gen_mod(range(-8, 9), 3)), list(gen_mod(range(-8, 9), -3)))
