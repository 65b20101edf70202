# Lists built in one function and read in others: element types flow through
# returns, parameters and nested lists; lists from str.split() hold strs.


def make_point(x, y):
    return [x * 1.5, y * 1.5]


def make_points(n):
    return [make_point(float(i), float(i + 1)) for i in range(n)]


def norm_sum(points):
    total = 0.0
    for p in points:
        total += (p[0] ** 2 + p[1] ** 2) ** 0.5
    return total


def first_coordinates(points):
    return [p[0] for p in points]


points = make_points(6)
print(norm_sum(points))
print(first_coordinates(points))
words = "alpha beta gamma".split()
print(words[1].upper(), len(words), words[-1][::-1])
mixed = [1, "two", 3.0]
mixed.append(points)
print(mixed[3][2][1], mixed[1] * 2)
empty = []
try:
    print(empty[0])
except IndexError as e:
    print("IndexError", e)
