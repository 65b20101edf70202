print(len("hello"), len([1, 2, 3]), len((1,)), len({"a": 1, "b": 2}), len(range(0, 100, 3)), len(""))
print(abs(-7), abs(7.5), abs(-0.0), abs(-(10 ** 30)), abs(True))
print(min(4, 2, 8), max(4, 2, 8), min([3.5, -1, 2]), max("hello"), min("hello"), max([[1, 2], [3]]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), max("apple", "banana", "cherry"))
print(max([5, 3, 9], default=0), max([], default="none"), min((7, 2, 9)))
data = [17, -3, 42, 0, 8, -15, 23]
for i in range(1, len(data) + 1):
    part = data[:i]
    print(part, len(part), min(part), max(part), abs(min(part)))
