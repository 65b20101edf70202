a = 3
b = 0.5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(b + a, b - a, b * a, b / a, b // a, b % a, b ** a)
print(1 + 1.0, 2 * 1.0, 10 - 0.0, 2 ** 70 + 0.5, 2 ** 70 * 1.0)
print(3 == 3.0, 3 < 3.1, 2 ** 64 == 2.0 ** 64, 10 ** 16 + 1 == 1e16)
total = 0
for i in range(1, 15):
    total = total + i * 0.25
    print(i, total, total * i, int(total))
print(sum([1, 2.5, 3]), sum([0.1] * 10), max(1, 2.0), min(1.0, 1))
print(isinstance(1 + 1.0, float), isinstance(2 * 3, int), isinstance(4 / 2, float))
