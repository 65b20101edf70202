a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(a ** 2, b ** 3, 2 ** 0, 0 ** 0)
print(-(a), +b, -(-a))
x = 0
for i in range(1, 21):
    x = x * 3 + i
    print(i, x, x % 7, x // 11)
print(7 // 7, 0 // 5, 0 % 5, 1 % 1)
print(123456789 * 987654321)
print(10 - 20 - 30, 2 * 3 + 4 * 5, (2 + 3) * (4 + 5), 2 ** 3 ** 2)
print(-2 ** 2, (-2) ** 2, -2 ** 3, (-2) ** 3)
