def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def add(frac1, frac2):
    n = frac1[0] * frac2[1] + frac2[0] * frac1[1]
    d = frac1[1] * frac2[1]
    g = gcd(n, d)
    return (n // g, d // g)
total = (0, 1)
for k in range(1, 41):
    total = add(total, (1, k))
    if k % 5 == 0:
        print(k, total, total[0] / total[1])
print(total)
