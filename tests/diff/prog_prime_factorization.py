def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors.append(n)
    return factors
numbers = [2, 97, 360, 1001, 65536, 999999, 600851475143, 2 ** 64 - 1, 10 ** 20, 3 ** 40 * 1000003, 123456789012,
           2 ** 32 * 3 ** 20 * 7 ** 5]
for n in numbers:
    f = factorize(n)
    product = 1
    for p in f:
        product *= p
    print(n, f, product == n)
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(factorize(factorial(12) + 1))
