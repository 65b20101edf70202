# iter() and next(): defaults, exhaustion, StopIteration, iterators of every type
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('stop', repr(e), e.args)
for source in ['ab', (1, 2), {3: 4}, {5}, range(2), {6: 7}.items(), frozenset([8]), {9: 1}.values()]:
    i = iter(source)
    print(type(source).__name__, next(i), list(i))
s = iter('xyz')
print(iter(s) is s, list(s), list(s))
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
try:
    next()
except TypeError as e:
    print(e)
try:
    iter()
except TypeError as e:
    print(e)
e = iter([])
print(next(e, 0), next(e, []), next(e, (1,)))
total = 0
it = iter(range(10))
for x in it:
    total += x
    if x == 4:
        break
print(total, list(it))
nested = iter([iter([1, 2]), iter([3])])
print([list(x) for x in nested])
