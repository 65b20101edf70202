# tuple hashes follow CPython's xxHash-based algorithm; equal values hash equal
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash((2, 1)))
print(hash(((1,), (2,))), hash((None,)), hash((None, None)), hash((1.5, -1)), hash(tuple(range(20))))
print(hash((True, False)), hash((1, 0)) == hash((True, False)), hash((1.0,)) == hash((1,)))
print(hash(('a',)), hash(('a', 'b')), hash(('', '')), hash((2**64, -2**64)), hash((-1,)), hash((-2,)))
print(hash((frozenset(),)), hash((frozenset({1, 2}), 3)), hash(((((),),),)))
print(hash((0.5, 0.25, 1e100, -1e-100)), hash((float('inf'), float('-inf'))))
for n in range(12):
    print(n, hash(tuple(range(n))), hash(tuple([n] * n)))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
try:
    hash((1, {}))
except TypeError as e:
    print(e)
try:
    hash(((1, set()),))
except TypeError as e:
    print(e)
d = {(1, 2): 'a', (1, (2, 3)): 'b', (): 'c'}
print(d[(1, 2)], d[(1, (2, 3))], d[()], (1, 2) in d, (2, 1) in d)
print({(i, j) for i in range(3) for j in range(3)})
