# round(int, ndigits): negative ndigits round half to even to a multiple of a
# power of ten; non-negative ndigits return the int unchanged.
values = [0, 5, 15, 25, 35, 45, -5, -15, -25, 149, 150, 151, 250, 1234, 1250, 1350, -1250,
          -1350, 999999, 10**20 + 5 * 10**19, 2**70, -(2**70), 3**90, 10**30 - 1]
for v in values:
    print(v, [round(v, n) for n in [None, 0, 1, 5, -1, -2, -3, -6, -20, -40]])
    print(type(round(v, -1)).__name__, round(v))
for n in range(-12, 1):
    print(n, round(123456789012, n), round(-555555555555, n), round(500000000000, n))
print(round(True, -1), round(True), round(False, 2), type(round(True)).__name__)
try:
    round(5, 1.5)
except TypeError as e:
    print("TypeError", e)
