print(list(range(5)), list(range(2, 8)), list(range(1, 20, 4)), list(range(0)), list(range(5, 2)))
print(range(5), range(2, 8), range(1, 20, 4), range(0, -10, -2))
for r in [range(10), range(3, 9), range(0, 30, 7), range(-5, 5, 3)]:
    print(r, len(r), list(r), sum(r))
print(list(range(-3, 3)), list(range(2 ** 64, 2 ** 64 + 3)))
total = 0
for i in range(1, 101):
    total += i
print(total)
print(3 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
