print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(-0.5))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2))
print(round(3.14159, 3), round(-3.14159, 1), round(123.456, -1), round(123.456, -2))
print(round(1e20), round(7.0), round(7.0, 1), round(-0.0), round(0.4999999999999999))
for i in range(10):
    x = i * 0.37 - 1.2
    print(i, x, round(x), round(x, 1), round(x, 2))
