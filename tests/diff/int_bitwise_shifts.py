a = 0b110110
b = 0b101011
print(a & b, a | b, a ^ b, ~a, ~b)
print(a << 3, a >> 2, b << 10, b >> 1)
print(-a & b, -a | b, -a ^ b, -a >> 2, -1 >> 5)
print(1 << 64, 1 << 100, (1 << 100) >> 99)
print(~0, ~-1, ~(2 ** 70))
print((2 ** 70 + 5) & 0xFF, (2 ** 70) | 1, (2 ** 70) ^ (2 ** 69))
print(-(2 ** 70) >> 3, -(2 ** 70) & 0xFFFF)
x = 1
for i in range(10):
    x = (x << 7) ^ (x >> 3) ^ i
    print(i, x, x & 1023)
print(0xFF, 0o777, 0b1010, 0xdead_beef, 1_000_000)
mask = 0
for bit in range(0, 70, 7):
    mask |= 1 << bit
print(mask, bin(mask))
