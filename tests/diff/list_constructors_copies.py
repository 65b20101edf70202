# list(), copies, aliasing, and in-place operations from every iterable type
sources = ['abc', (1, 2), {3: 'x', 4: 'y'}, {5, 6}, range(3), frozenset([7]), {8: 9}.items(), {8: 9}.values(), iter([10]), zip('ab', 'cd'), enumerate('z'), map(abs, [-1]), reversed([1, 2])]
for s in sources:
    print(type(s).__name__, list(s))
a = [1, [2, 3]]
b = a.copy()
c = a[:]
d = list(a)
b[1].append(4)
b[0] = 99
print(a, b, c, d, a == c, a is c, a[1] is c[1])
e = [0] * 3
e[1:2] = e
print(e)
f = [1, 2, 3]
f[:] = f[::-1]
print(f)
g = [1, 2]
g.extend(g)
g += g
print(g, len(g))
h = [[]] * 3
h[0].append(1)
print(h, [x is h[0] for x in h])
try:
    list(5)
except TypeError as ex:
    print(ex)
try:
    list([1], [2])
except TypeError as ex:
    print(ex)
try:
    list(x=1)
except TypeError as ex:
    print(ex)
