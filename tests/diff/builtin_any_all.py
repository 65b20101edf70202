print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]), any([0, "", None]), all([1, "a", [0]]))
print(any([x > 5 for x in [1, 2, 3]]), any([x > 5 for x in [1, 9, 3]]))
print(all([x % 2 == 0 for x in range(0, 10, 2)]), any([c.isdigit() for c in "abc1"]))
for row in [[1, 2, 3], [0, 1], [], [False], ["x", 0.0]]:
    print(row, any(row), all(row))
