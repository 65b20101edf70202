# enumerate(start=) and zip(strict=) with CPython's messages
print(list(enumerate('abc', start=5)), list(enumerate([], 2)), list(enumerate('ab', -1)), list(enumerate('xy', 2**70)))
print(list(enumerate(range(3), True)), list(enumerate({'k': 1})), list(enumerate((None,))))
e = enumerate('pq')
print(next(e), next(e), next(e, 'end'))
print(list(zip([1, 2], 'ab', (True, False))), list(zip()), list(zip([1, 2, 3], 'ab')), list(zip('a')))
print(list(zip(range(3), range(10, 13), range(20, 23))), dict(zip('abc', [1, 2, 3])))
for args in [([1, 2, 3], 'ab'), ([1], 'ab'), ([1, 2], 'ab', [1]), ([1, 2], 'ab', 'abc'), ([], [1]), ([1], [])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as ex:
        print('ValueError', ex)
print(list(zip([1, 2], 'ab', strict=True)), list(zip(strict=True)), list(zip([], strict=False)))
try:
    zip(1)
except TypeError as ex:
    print(ex)
try:
    zip([1], 2)
except TypeError as ex:
    print(ex)
try:
    enumerate(5)
except TypeError as ex:
    print(ex)
try:
    enumerate([], 'a')
except TypeError as ex:
    print(ex)
try:
    enumerate()
except TypeError as ex:
    print(ex)
pairs = list(zip(*[(1, 'a'), (2, 'b'), (3, 'c')]))
print(pairs)
z = zip([1, 2, 3], [4, 5])
print(next(z), next(z), next(z, 'done'))
