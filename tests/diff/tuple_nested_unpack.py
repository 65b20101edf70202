(a, b), c = (1, 2), 3
print(a, b, c)
x, (y, (z, w)) = 1, (2, (3, 4))
print(x, y, z, w)
points = [((0, 0), "origin"), ((1, 2), "p"), ((-3, 4), "q")]
for (px, py), label in points:
    print(label, px, py, px * px + py * py)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
m, *n = [1]
print(m, n)
(k, *v), u = [1, 2, 3], 4
print(k, v, u)
