# | |= update() and setdefault keep first-insertion order, values from the right
a = {'x': 1, 'y': 2, 'z': 3}
b = {'z': 30, 'w': 40, 'x': 10}
print(a | b, b | a, a, b)
c = dict(a)
c |= b
print(c)
c.update(b, x=100, v=0)
print(c)
c.update([('y', -1), ('u', 7)])
print(c)
c.setdefault('w', 'ignored')
c.setdefault('t', 'new')
print(list(c), c)
del c['x']
c.update(x=1)
print(list(c))
merged = {}
for part in [{'k1': 1}, {'k2': 2, 'k1': 11}, {}, {'k3': 3}]:
    merged |= part
print(merged)
print({**a, **b}, {**b, 'x': 0, **{}}, {'q': 1, **a})
