def risky(n):
    if n == 0:
        return 1 // 0
    if n == 1:
        return [1][5]
    if n == 2:
        return {}["missing"]
    if n == 3:
        return int("bad")
    if n == 4:
        return "a" * "b"
    return "ok"
for n in range(6):
    try:
        print(n, risky(n))
    except (ZeroDivisionError, IndexError) as e:
        print(n, "arith/index:", type(e).__name__, e)
    except (KeyError, ValueError) as e:
        print(n, "lookup/value:", type(e).__name__, e)
    except Exception as e:
        print(n, "other:", type(e).__name__, e)
try:
    risky(1)
except LookupError as e:
    print("LookupError base caught", type(e).__name__)
try:
    risky(0)
except ArithmeticError as e:
    print("ArithmeticError base caught", type(e).__name__)
