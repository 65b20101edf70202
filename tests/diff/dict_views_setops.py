d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys(); v = d.values(); it = d.items()
print(k, v, it)
print(len(k), 'a' in k, 1 in v, ('a', 1) in it, ('a', 2) in it)
print(list(reversed(d)), list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(k & {'a', 'z'}, k | {'z'}, k - {'a'}, k ^ {'a', 'q'})
print(it & {('a', 1)}, it - {('a', 1)})
print(k == {'a', 'b', 'c'}, k < {'a', 'b', 'c', 'd'}, k.isdisjoint({'x'}))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
print(d | {'d': 4}, {'a': 0} | d)
e = dict(d); e |= {'z': 26}; e |= [('y', 25)]; print(e)
print(e.popitem(), e.popitem(), e)
print(e.setdefault('a', 9), e.setdefault('n'), e)
print(e.get('q'), e.get('q', 5), e.get('a'))
f = e.copy(); f['a'] = 100; print(e['a'], f['a'])
f.update([('x', 1)], y=2); f.update({'w': 0}); f.update(k=3); print(f)
print(dict(zip('abc', range(3))), dict(a=1, b=2), dict([(1, 2)], c=3), dict())
try:
    {}.popitem()
except KeyError as ex:
    print(ex)
try:
    d['zz']
except KeyError as ex:
    print(repr(ex), ex)
try:
    d[(1, 2)]
except KeyError as ex:
    print(ex)
try:
    for key in d:
        d['new' + key] = 1
except RuntimeError as ex:
    print(ex)
try:
    del d['nope']
except KeyError as ex:
    print(ex)
print(d.pop('a'), d.pop('zz', None))
try:
    d.pop('zz')
except KeyError as ex:
    print(ex)
print({1: 2} == {1: 2}, {1: 2} != {1: 3}, {1: 1, 2: 2} == {2: 2, 1: 1})
try:
    {1: 2} < {1: 2}
except TypeError as ex:
    print(ex)
print(repr({}), repr({1: 'a', 'b': [1]}), str({(1, 2): None}))
print({1: 'x', 1.0: 'y', True: 'z'})
dd = {}
for i in range(20):
    dd[i * 7 % 13] = i
print(dd, list(dd.items())[:3])
del dd[3]; dd[3] = 'back'; print(list(dd)[-1])
print(sorted(d.items()), sum(d.values()), max(d), min(d.keys()))
print(k.mapping if False else 0)
dv = {}.keys(); print(dv, {}.values(), {}.items())
try:
    dict([1, 2])
except TypeError as ex:
    print(ex)
try:
    dict([(1, 2, 3)])
except ValueError as ex:
    print(ex)
print(bool({}), bool({0: 0}), len({1: 2, 3: 4}))
print(iter(d) is not None, next(iter(d.items())))
