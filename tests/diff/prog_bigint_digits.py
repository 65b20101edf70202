def digit_sum(n):
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total
print(digit_sum(2 ** 1000), sum([int(c) for c in str(2 ** 1000)]))
f = 1
for i in range(1, 101):
    f *= i
print(digit_sum(f), len(str(f)), str(f).count("0"))
trailing = 0
g = f
while g % 10 == 0:
    trailing += 1
    g //= 10
print(trailing)
a = 1
b = 1
index = 2
while len(str(b)) < 100:
    a, b = b, a + b
    index += 1
print(index, b)
print(pow(2, 2 ** 10, 10 ** 9 + 7), 3 ** 200 % (2 ** 61 - 1))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(2 * 10 ** 100), isqrt(10 ** 40), isqrt(99))
