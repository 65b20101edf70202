# map with several iterables, filter(None), reversed on every sequence kind
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(max, [1, 5], [4, 2], [3, 3])))
print(list(map(len, ['a', 'bb', ''])), list(map(str, range(3))), list(map(pow, [2, 2, 2], [1, 2], [5])))
print(list(map(min, 'abc', 'bcd')), list(map(divmod, [7, 8], [2, 3])), list(map(int, ['1', '20'])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0], 0.0, (), {}])), list(filter(bool, [0, 2])), list(filter(len, ['', 'x'])))
print(list(filter(None, range(-2, 3))), list(filter(abs, [0, -1, 0.0, 3])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(5))), list(reversed('abc')), list(reversed({1: 2, 3: 4})))
print(list(reversed(range(10, 0, -3))), list(reversed(range(0))), list(reversed([])), list(reversed('')))
print(list(reversed({'a': 1, 'b': 2}.keys())), list(reversed({'a': 1, 'b': 2}.values())), list(reversed({'a': 1, 'b': 2}.items())))
r = reversed([1, 2, 3])
print(next(r), list(r), next(r, 'x'))
m = map(abs, [-5, 6])
print(next(m), next(m), next(m, None))
for thing in [5, {1, 2}, None]:
    try:
        reversed(thing)
    except TypeError as e:
        print(e)
try:
    map(abs)
except TypeError as e:
    print(e)
try:
    list(map(abs, ['x']))
except TypeError as e:
    print(e)
try:
    filter(None)
except TypeError as e:
    print(e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(e)
