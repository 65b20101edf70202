xs = [1, 2, 3]
i = 0
while True:
    print(i, xs[i])
    i += 1
