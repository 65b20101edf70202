# pow(a, b, m) with every sign combination, modular inverses through negative
# exponents, and the ValueError/TypeError cases.
mods = [1, -1, 2, 7, -7, 10, 97, 2**31 - 1, 2**61 - 1, -(2**61 - 1), 10**30 + 7, 2**100]
bases = [0, 1, -1, 2, 3, -5, 12345, -(10**20), 3**50]
exps = [0, 1, 2, 5, 63, 64, 1000, 10**20 + 1]
for m in mods:
    line = []
    for a in bases:
        for e in exps:
            line.append(pow(a, e, m))
    print(m, line)
for a, m in [(3, 7), (2, 9), (-3, 11), (10, 17), (2**100, 2**61 - 1), (7, -13), (-7, -13), (5, 1),
             (123456789, 10**30 + 7), (3, 2**64 + 1)]:
    for e in [-1, -2, -3, -17]:
        r = pow(a, e, m)
        print(a, e, m, r, (r * pow(a, -e, m)) % m)
for a, e, m in [(2, -1, 4), (0, -1, 5), (6, -2, 9), (10, -1, 10**20), (3, 2, 0), (3, -1, 0), (0, -1, 1)]:
    try:
        print(pow(a, e, m))
    except ValueError as err:
        print("ValueError", err)
for a, e, m in [(2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0)]:
    try:
        print(pow(a, e, m))
    except TypeError as err:
        print("TypeError", err)
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(0, 0), pow(2, 100), pow(-3, 41))
print(pow(True, 5, 3), pow(3, True, 2), pow(7, 2**70, 1000), pow(-1, 2**70 + 1, 5))
