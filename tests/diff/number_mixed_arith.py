# Mixed int/bool/float arithmetic: promotion rules, true division of huge
# ints (correctly rounded), overflow to float, and results that stay ints.
ints = [0, 1, -3, 7, 2**53 + 1, -(2**63), 10**20, 3**100]
floats = [0.5, -2.25, 1e10, 3.0]
for a in ints:
    for b in floats:
        print(a + b, a - b, a * b, b - a, a / b, a // b, a % b)
for a, b in [(10**400, 10**399), (1, 3), (2**63, 3), (-(10**30), 7), (2**1023 * 3, 4), (7, -2),
             (2**53 + 1, 1), (10**20, 10**19 + 1), (1, 10**400), (3**300, 2**400)]:
    print(a / b, (-a) / b)
for a, b in [(10**400, 1), (2.0, 10**400)]:
    try:
        print(a / b)
    except OverflowError as e:
        print("OverflowError", e)
try:
    print(1.5 * 10**400)
except OverflowError as e:
    print("OverflowError", e)
print(True + 1.5, True * 2**70, False - 1, True / 2, 5 // True, 2 ** True, True ** -1)
print(type(True + True).__name__, type(2 * 1.0).__name__, type(7 // 2).__name__, type(7 / 7).__name__)
print(sum([1, 2.5, True, 10**20]), sum([0.1] * 10), abs(-3), abs(-2.5), abs(-2**70), abs(True))
print(-0.0 + 0, 0 * -1.0, -(0.0), +(-0.0), 0 - 0.0)
