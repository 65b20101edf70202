# Loop items nothing reads are released at once (under LeakSanitizer a leak
# here fails the test): dict items, lists of lists, strings.
pairs = {i: str(i) for i in range(1000)}
n = 0
for item in pairs.items():
    n += 1
for _ in [[1], [2], [3]]:
    n += 1
for row in [[1], [2]]:
    pass
for ch in "abc" * 10:
    n += len("x")
print(n, row)


def count(xs):
    total = 0
    for _ in xs:
        total += 1
    return total


print(count([(1, 2), (3, 4)]), count(pairs.items()), count(["a" * 5, "b" * 5]))
try:
    for item in pairs.items():
        pairs.clear()
except RuntimeError as e:
    print(e)
