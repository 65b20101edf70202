def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

for n in range(0, 41, 3):
    print(n, factorial(n))
f50 = factorial(50)
print(f50)
print(len(str(f50)))
print(factorial(100))
print(factorial(100) // factorial(98))
print(factorial(30) % 1000007)
print(factorial(25) - factorial(24) * 25)
print(factorial(21) > 2 ** 64, factorial(20) < 2 ** 63)
total = 0
for n in range(1, 30):
    total += factorial(n)
print(total)
