# divmod, round, abs, pow over ints, bigints, floats and bools
for a in [7, -7, 0, 2**70, -(2**70), 7.5, -7.5, True]:
    for b in [2, -2, 3.0, -0.5, 2**65]:
        print(a, b, divmod(a, b))
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e20, -1e-20, 123.456, 5, -5, 2**80]:
    print(v, round(v), round(v, 1), round(v, -1), round(v, 2))
print(round(1234, -2), round(15, -1), round(25, -1), round(-25, -1), round(2**70 + 5, -1), round(7, 0), round(7, 5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print(abs(-5), abs(-2.5), abs(True), abs(-2**70), abs(0.0), abs(-0.0), abs(False), abs(-float('inf')))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, -1, 7), pow(2.0, 3), pow(0, 0), pow(-2, 3), pow(2, 100, 10**9 + 7))
print(pow(-1, 0.5) if False else 0, pow(4, 0.5), pow(-8, 3, 5), pow(2**70, 2, 97), pow(5, -2, 13), pow(True, 2))
for call in range(6):
    try:
        if call == 0:
            divmod(1, 0)
        elif call == 1:
            divmod(1.0, 0)
        elif call == 2:
            pow(2, 3, 0)
        elif call == 3:
            pow(2, -1, 4)
        elif call == 4:
            pow(0, -1)
        else:
            round(float('inf'))
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(e)
