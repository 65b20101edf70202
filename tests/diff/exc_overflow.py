for e in [10, 100, 308, 309, 1000]:
    try:
        print(e, float(10 ** e))
    except OverflowError as err:
        print(e, "OverflowError:", err)
try:
    print(2.0 ** 5000)
except OverflowError as err:
    print(type(err).__name__, err)
try:
    print(int(float("inf")))
except OverflowError as err:
    print(type(err).__name__, err)
try:
    print(int(float("nan")))
except ValueError as err:
    print(type(err).__name__, err)
try:
    print(10 ** 400 / 3)
except OverflowError as err:
    print(type(err).__name__, err)
print(10 ** 400 // 3 % 1000)
