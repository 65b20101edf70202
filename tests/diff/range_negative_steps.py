print(list(range(10, 0, -1)), list(range(10, 0, -3)), list(range(0, 10, -1)), list(range(-1, -10, -2)))
for start, stop, step in [(20, 5, -5), (5, -5, -1), (0, -20, -7), (3, 3, -1), (100, 0, -33)]:
    r = range(start, stop, step)
    print(start, stop, step, list(r), len(r))
for i in range(5, 0, -1):
    print("*" * i)
