# frozenset: construction, repr, hashing, comparison with sets, use as keys
f = frozenset([3, 1, 2])
print(f, repr(f), str(f), frozenset(), frozenset(''), frozenset(range(5)), frozenset('abc') == frozenset('cba'))
print(type(f).__name__, isinstance(f, frozenset), isinstance(f, set), isinstance({1}, frozenset))
print(len(f), 1 in f, 9 in f, sorted(f), list(frozenset([5])), bool(frozenset()), bool(f))
print(f == {1, 2, 3}, {1, 2, 3} == f, f != {1}, f < {1, 2, 3, 4}, {1} < f, f <= f, f >= frozenset())
print(hash(f) == hash(frozenset([1, 2, 3])), hash(frozenset()), hash(frozenset([1])), hash(frozenset(['a'])))
d = {f: 'f', frozenset(): 'empty', frozenset({frozenset({1})}): 'nested'}
print(d[frozenset({1, 2, 3})], d[frozenset()], d[frozenset([frozenset([1])])])
print({1, 2, 3} in {f}, {frozenset({1, 2}): 0}.get({1, 2}) if False else 0, f in {f})
print(f.union([9]), f.intersection({1, 7}), f.difference([1]), f.symmetric_difference([1, 8]))
print(f.copy(), f.copy() is f, f.issubset(range(4)), f.issuperset([1]), f.isdisjoint([0]))
print(frozenset(f) is f, frozenset({1: 2}), frozenset((1, 1, 2)))
print({frozenset({1, 2}), frozenset({2, 1}), frozenset({3})})
try:
    f.add(1)
except AttributeError as e:
    print(e)
try:
    f.remove(1)
except AttributeError as e:
    print(e)
try:
    frozenset([[]])
except TypeError as e:
    print(e)
try:
    frozenset(1)
except TypeError as e:
    print(e)
try:
    frozenset(a=1)
except TypeError as e:
    print(e)
