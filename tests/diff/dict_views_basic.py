# keys/values/items views: len, in, iteration, reversed, repr, liveness
d = {'x': 1, 'y': 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
d['z'] = 3
print(k, v, i)
print('x' in k, 'q' in k, 2 in v, 9 in v, ('x', 1) in i, ('x', 2) in i, 'x' in i, (1,) in i)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), list(reversed({})))
print(sorted(k), sum(v), max(i), min(k))
print({}.keys(), {}.values(), {}.items(), {1: {2: 3}}.items())
print(k == {'x', 'y', 'z'}, k == ['x', 'y', 'z'], i == {('x', 1), ('y', 2), ('z', 3)}, v == v)
print(k != {'x'}, k <= {'x', 'y', 'z', 'w'}, k < {'x', 'y', 'z'}, k >= {'x'}, k > {'x'}, k > k)
print({'x', 'y', 'z'} == k, {'x'} < k, frozenset('xyz') == k)
print(k.isdisjoint(['q']), k.isdisjoint(['x']), i.isdisjoint([('x', 1)]))
del d['y']
print(list(k), list(v), list(i))
a = dict.fromkeys(range(5))
b = dict.fromkeys(range(3, 8))
print(a.keys() & b.keys(), a.keys() | b.keys(), a.keys() - b.keys(), a.keys() ^ b.keys())
print(a.keys() & [1, 2, 99], [1, 99] & a.keys() if False else 0, {1, 99} & a.keys(), {1, 99} | a.keys(), {1, 99} - a.keys(), {1, 99} ^ a.keys())
p = {'a': 1, 'b': 2, 'c': 3}
q = {'b': 2, 'c': 4, 'd': 5}
print(p.items() & q.items(), p.items() | q.items(), p.items() - q.items(), p.items() ^ q.items())
print(p.items() ^ {('a', 1), ('z', 0)}, p.keys() ^ q.keys(), q.keys() - p.keys())
try:
    p.keys() | 1
except TypeError as e:
    print(e)
try:
    p.values() | {1}
except TypeError as e:
    print(e)
try:
    p.keys() < [1]
except TypeError as e:
    print(e)
