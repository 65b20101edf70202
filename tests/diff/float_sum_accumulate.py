total = 0.0
for i in range(1, 1001):
    total += 1.0 / i
    if i % 100 == 0:
        print(i, total)
s = 0.0
for i in range(10):
    s += 0.1
    print(s)
print(sum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1)
x = 1.0
count = 0
while x + 1.0 != x:
    x *= 2.0
    count += 1
print(count, x)
eps = 1.0
while 1.0 + eps / 2 != 1.0:
    eps /= 2
print(eps)
