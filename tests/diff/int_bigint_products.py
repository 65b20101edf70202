product = 1
for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71]:
    product *= p
    print(p, product)
print(product * product)
print(product * -product)
a = 123456789123456789123456789
b = 987654321987654321987654321
print(a * b, a + b, a - b, b - a)
print(a * b // a == b, (a * b) % a)
print(sum([a, b, -a, 5]))
print(max(a, b), min(a, b), abs(-a))
