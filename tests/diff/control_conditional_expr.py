for n in range(-3, 4):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    parity = "even" if n % 2 == 0 else "odd"
    print(n, sign, parity, n if n > 0 else -n)
x = 5
y = (x * 2 if x > 3 else x / 2) + 1
print(y)
label = "many" if len([1, 2, 3]) > 2 else "few"
print(label, [("big" if v > 2 else "small") for v in range(5)])
