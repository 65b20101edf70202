r = range(3, 50, 4)
print(len(r), r[0], r[1], r[-1], r[-2], r[5], r.index(19), r.count(19), r.count(20))
print(r[2:5], r[::-1], r[::2], list(r[1:8:3]))
print(len(range(0)), len(range(10, 0)), len(range(0, 100, 7)), len(range(100, 0, -7)))
print(len(range(2 ** 40)), range(2 ** 70)[-1], range(2 ** 70)[2 ** 69])
s = range(-10, 10, 3)
for i in range(len(s)):
    print(i, s[i], s[-1 - i])
print(range(0, 10, 2) == range(0, 9, 2), min(r), max(r), sorted(range(5, 0, -1)))
