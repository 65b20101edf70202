def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def gcd_recursive(a, b):
    if b == 0:
        return a
    return gcd_recursive(b, a % b)
def lcm(a, b):
    return a // gcd(a, b) * b
pairs = [(12, 18), (17, 5), (100, 75), (0, 9), (2 ** 40, 6 ** 20), (123456789012345678, 987654321098765432)]
for a, b in pairs:
    print(a, b, gcd(a, b), gcd_recursive(a, b), lcm(a, b) if a and b else 0)
result = 1
for k in range(1, 31):
    result = lcm(result, k)
print(result)
