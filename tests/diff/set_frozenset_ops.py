s = {3, 1, 2}
f = frozenset([1, 2])
print(s, f, set(), frozenset(), frozenset({1, 2}) == {1, 2}, {1, 2} == frozenset({1, 2}))
print(hash(frozenset()), hash(frozenset({1, 2})), hash(frozenset(['a', 'b'])), hash(frozenset({(1, 2)})))
print(s | f, f | s, s & f, f & s, s - f, f - s, s ^ f, f ^ s)
print(type(s | f).__name__, type(f | s).__name__, type(f.copy()).__name__)
print({f: 1}, f in {frozenset({1, 2})}, {1, 2} in {f})
print(s <= {1, 2, 3}, s < {1, 2, 3}, s >= f, s > f, f < s)
print(s.issubset([1, 2, 3, 4]), s.issuperset((1,)), s.isdisjoint([7]))
print(s.union([9], (8,)), s.intersection([1, 2], {2}), s.difference([1]), s.symmetric_difference([1, 9]))
t = set(s); t.update([4], (5,)); t.difference_update([1]); t.intersection_update(range(10)); print(t)
t.symmetric_difference_update({4, 100}); print(t)
t.discard(1000); t.remove(2); print(t)
try:
    t.remove(2)
except KeyError as e:
    print(repr(e))
try:
    set().pop()
except KeyError as e:
    print(repr(e))
u = {5, 6, 7}
print(u.pop(), u)
try:
    for x in u:
        u.add(x + 100)
except RuntimeError as e:
    print(e)
try:
    f.add(3)
except AttributeError as e:
    print(e)
try:
    s | [1]
except TypeError as e:
    print(e)
try:
    s < [1]
except TypeError as e:
    print(e)
w = s
w |= {10}; w &= {1, 2, 10}; w -= {1}; w ^= {7}
print(s, w is s)
g = f
g |= {10}
print(f, g, g is f)
print(set('hello'), set(range(20)), set([1.5, 2.5, -1]), {'apple', 'banana', 'cherry'})
print({(1, 2), (2, 1), (0, 0)}, {None, True, 0.5})
print(set([x * 37 % 101 for x in range(50)]))
print(set([str(i) for i in range(15)]))
print(frozenset(range(5)), repr(frozenset('ab')), str({frozenset({1})}))
print(sorted({'b', 'a'}), len(f), 1 in f, 3 not in f, bool(set()), bool(f))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(('a', 1.5)), hash(-1), hash(-2), hash(None) == hash(None))
print(hash(2**61 - 1), hash(2**61), hash(-2**63), hash(1.5), hash(-0.0), hash(1e300), hash(float('inf')), hash(True))
print(hash('abc'), hash(''), hash((True, False)))
print({1, 2}.union(), frozenset([1]).union([2]))
big = set(range(100)); 
for i in range(0, 100, 3): big.discard(i)
print(big)
big.update(range(1000, 1050)); print(len(big), list(big)[:20])
print(set(["a" * i for i in range(10)]))
