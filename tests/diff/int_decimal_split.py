# str() of ints around the sizes where decimal conversion starts splitting by
# 10**(9 * 2**k): exact powers of ten, runs of nines, zero chunks in the middle.
total = 0
for k in [385, 386, 400, 576, 577, 1000, 1151, 1152, 1153, 2000, 2304, 2305, 3000, 4000, 4299]:
    for v in [10**k, 10**k - 1, 10**k + 1, 10**(k // 2) * (10**(k - k // 2) + 1), 7**int(k * 1.18), -(3**int(k * 2.09)), 2**int(k * 3.32)]:
        s = str(v)
        print(k, len(s), s[:20], s[-20:], s[len(s) // 2 - 30:len(s) // 2 + 30])
        total += int(s) == v
x = 1
for i in range(900):
    x = x * 10007 + i
    if len(str(x)) > 4200:
        break
    if i % 50 == 0:
        print(str(x)[-60:])
print(total)
