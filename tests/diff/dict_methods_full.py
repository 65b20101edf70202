# every dict method with edge cases
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 100), d)
print(d.pop('a'), d.pop('a', 'gone'), d)
d.update({'x': 1}, y=2)
d.update([('p', 0), ('q', 1)])
d.update(z=26)
d.update()
print(d)
print(d.popitem(), d.popitem(), d)
e = d.copy()
e['new'] = 1
print(d, e, d == e, d != e)
e.clear()
print(e, len(e), bool(e))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []), dict.fromkeys(''))
print(dict(zip('abc', range(3))), dict(a=1, b=2), dict([(1, 2)], c=3), dict(), dict({1: 2}), dict(((1, 2), [3, 4])))
print({1: 2} | {3: 4}, {1: 2} | {1: 5}, {} | {})
f = {'k': 0}
f |= {'k': 1, 'j': 2}
f |= [('m', 3)]
print(f)
for i in range(6):
    try:
        if i == 0:
            {}.popitem()
        elif i == 1:
            {}.pop('x')
        elif i == 2:
            {'a': 1}['b']
        elif i == 3:
            {}.get()
        elif i == 4:
            {}.setdefault()
        else:
            {} | [1]
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    dict(1)
except TypeError as e:
    print(e)
try:
    {}.update(1)
except TypeError as e:
    print(e)
try:
    {}.keys(1)
except TypeError as e:
    print(e)
try:
    {}.copy(1)
except TypeError as e:
    print(e)
g = {}
for i in range(30):
    g[i % 7] = g.get(i % 7, 0) + i
print(g, sorted(g.items()), list(g.values()))
