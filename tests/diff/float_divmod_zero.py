# float //, %, divmod with every sign (results take the divisor's sign,
# signed zeros), and CPython's ZeroDivisionError messages for each operator.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1e300, 1e-300), (0.0, -3.0), (-0.0, 3.0),
         (5, 0.3), (-5, 0.3), (1.0, float("inf")), (-1.0, float("inf")), (float("inf"), 2.0),
         (3.0, float("nan")), (1e-320, 3.0), (-1e-320, 3.0), (10**20, 7.0), (2.0**60, -3)]
for a, b in pairs:
    print(a // b, a % b, divmod(a, b))
for a, b in [(1.0, 0.0), (1, 0.0), (1.0, 0), (0.0, -0.0), (float("inf"), 0.0), (True, 0.0)]:
    for op in ["/", "//", "%", "divmod"]:
        try:
            if op == "/":
                print(a / b)
            elif op == "//":
                print(a // b)
            elif op == "%":
                print(a % b)
            else:
                print(divmod(a, b))
        except ZeroDivisionError as e:
            print(op, e)
x = 13.7
for i in range(30):
    y = (i - 15) * 1.3
    if y != 0:
        print(i, x // y, x % y, (-x) // y, (-x) % y)
