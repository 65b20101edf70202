# Lists that look fixed-length but are resized through aliases, functions and
# methods: element reads at constant indexes must still see the right items
# (and raise IndexError when the list shrank).


def grow(items):
    items.append(4.5)


def shrink(items):
    items.pop()


def resize_through_global():
    global shared
    shared += [9.0]


a = [1.0, 2.0, 3.0]
b = a
grow(b)
print(a[3], len(a))
shrink(a)
shrink(a)
try:
    print(a[2])
except IndexError as e:
    print("IndexError", e)
print(a[0], a[1], a[-1])

shared = [0.5, 1.5]
resize_through_global()
print(shared[2], shared[-1], len(shared))

rows = [[1.0, 2.0], [3.0, 4.0]]
row = rows[1]
row.extend([5.0, 6.0])
print(rows[1][3], rows[0][1])
del rows[0][0]
try:
    print(rows[0][1])
except IndexError as e:
    print("IndexError", e)

fixed = [0.0, 0.0, 0.0]
for step in range(5):
    fixed[0] += 1.5
    fixed[2] = fixed[0] * 2.0
    fixed[-2] = fixed[2] - 1.0
print(fixed)
grid = [[0.25] * 3 for _ in range(2)]
grid[1][2] = 7.0
print(grid, grid[1][-1])
