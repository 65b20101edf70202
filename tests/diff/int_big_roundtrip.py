# Decimal text of big ints (up to the 4300-digit limit) and back, for powers,
# factorial-like products and numbers with runs of zeros and nines.
checks = 0
for base in [2, 3, 7, 10, 99, 12345]:
    v = 1
    while len(str(v)) < 4200:
        v *= base ** 37
        text = str(v)
        back = int(text)
        checks += 1
        if back != v or str(-v) != "-" + text:
            print("mismatch", base)
    print(base, len(str(v)), str(v)[:30], str(v)[-30:], checks)
f = 1
for i in range(1, 1400):
    f *= i
print(len(str(f)), str(f)[:40], sum([int(c) for c in str(f)]))
for k in [9, 10, 18, 19, 20, 38, 39, 40, 100, 1000, 4299]:
    print(k, str(10**k - 1)[-5:], str(10**k)[:3], str(10**k + 1)[-3:], len(str(-(10**k))))
print(int("1" + "0" * 4000 + "1") % 10**6, int("9" * 4300) % 999999937)
