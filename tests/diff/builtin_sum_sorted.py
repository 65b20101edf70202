print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([0.5, 0.25]), sum([1, 2], 10), sum((2 ** 64, 2 ** 64)))
print(sorted([3, 1, 2]), sorted("banana"), sorted((9, 8, 7)), sorted({"b": 1, "a": 2}), sorted([]))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "a", "B"]), sorted([2.5, 1, -3, 0.0]))
values = [(i * 37) % 19 - 9 for i in range(19)]
print(values, sum(values), sorted(values), sorted(values, reverse=True)[:5])
