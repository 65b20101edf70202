print(int("42"), int("-17"), int("  99  "), int("+5"), int("0"))
print(int(3.9), int(-3.9), int(2.0), int(-0.5), int(1e20))
print(int("ff", 16), int("777", 8), int("1010", 2), int("z", 36))
print(int(True), int(False), int("1_000"))
print(str(123), str(-456), str(2 ** 70), repr(-12))
print(hex(255), hex(-255), hex(0), hex(2 ** 64))
print(bin(5), bin(-5), bin(0), bin(2 ** 65))
print(float(7), float(-3), float(2 ** 60))
n = 1
for i in range(12):
    n = n * 10 + i
    print(n, str(n), len(str(n)), int(str(n)) == n)
print(int("123456789012345678901234567890") * 2)
print(int("-98765432109876543210") // 7)
