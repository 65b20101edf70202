x = 10
for i in range(6):
    x = x ** 3
    print(i, len(str(x)))
print(float(x))
