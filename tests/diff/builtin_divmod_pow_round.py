for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (2 ** 65, 7), (-(2 ** 65), 7)]:
    print(a, b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1, 0.3))
print(pow(3, 4), pow(2, -1), pow(-2, 3), pow(2, 10, 1000), pow(7, 123456, 1000000007), pow(-3, 3, 7), pow(3, -1, 7))
print(round(3.14159, 2), round(2.5), round(-1.5), round(17, -1), round(1e15 + 0.5))
