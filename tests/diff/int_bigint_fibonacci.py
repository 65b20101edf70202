a = 0
b = 1
for i in range(200):
    if i % 10 == 0:
        print(i, a)
    a, b = b, a + b
print(a)
print(len(str(a)))
print(a % 1000000007, a // 10 ** 30)
def fib_pair(n):
    x = 0
    y = 1
    for _ in range(n):
        x, y = y, x + y
    return x
print(fib_pair(300))
print(fib_pair(301) * fib_pair(299) - fib_pair(300) ** 2)
