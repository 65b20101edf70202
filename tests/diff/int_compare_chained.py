a = 3
b = 7
c = 7
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
print(a < b < 10, a < b < 5, a < b == c, 1 < 2 < 3 < 4, 4 > 3 > 3)
print(b == c != a, a <= 3 <= b, 1 == 1.0, 2 ** 70 > 2 ** 69)
print(-(2 ** 70) < -5, 2 ** 70 == 2 ** 70, 10 ** 20 != 10 ** 20 + 1)
for x in range(-3, 12, 2):
    print(x, 0 <= x < 5, x < 0 or x > 8, not x)
print(1 < 2.5, 3 > 2.9999, 2 == 2.0, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(True == 1, False < True, True + 0 < 2)
