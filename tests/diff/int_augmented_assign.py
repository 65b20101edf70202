x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 7
print(x)
x **= 10
print(x)
x <<= 3
print(x)
x >>= 2
print(x)
x &= 0xFFF
print(x)
x |= 0x1000
print(x)
x ^= 0xFF
print(x)
y = 2
for i in range(8):
    y **= 2
    print(i, y % 1000003)
z = 7
z /= 2
print(z)
