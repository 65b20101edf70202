for i, ch in enumerate("abc"):
    print(i, ch)
for i, v in enumerate([10, 20, 30], 1):
    print(i, v)
for i, v in enumerate(range(5, 8), start=-2):
    print(i, v)
print(list(enumerate(["x", "y"])), list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
names = ["ann", "bob", "cy"]
ages = [31, 25, 47]
for name, age in zip(names, ages):
    print(name, age)
print(dict(zip(names, ages)), [a * b for a, b in zip(range(5), range(5, 10))])
for idx, (n, a) in enumerate(zip(names, ages)):
    print(idx, n, a)
