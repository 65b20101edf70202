def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print("caught:", type(e).__name__, e)
        return None
print(safe_div(10, 2), safe_div(1, 0), safe_div(1.5, 0.0))
for op in range(4):
    try:
        if op == 0:
            x = 1 // 0
        elif op == 1:
            x = 1 % 0
        elif op == 2:
            x = 2.0 / 0
        else:
            x = divmod(5, 0)
        print("no error", x)
    except ZeroDivisionError as e:
        print(op, type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("pow:", e)
