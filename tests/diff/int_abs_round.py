print(abs(-5), abs(5), abs(0), abs(-(2 ** 80)))
print(round(1234), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(987654321987654321, -5))
print(max(3, 9, -2), min(3, 9, -2), max([4, 8, 1]), min([4, 8, 1]))
for n in range(-5, 6):
    print(n, abs(n), n * n, round(n * 37, -1))
