# dict() from mappings, pairs, zip, keywords and comprehensions; key equality across types
print(dict(zip('abc', range(3))), dict(a=1, b=2), dict([(1, 2)], c=3), dict(), dict({1: 2}, x=0), dict([['k', 'v']]))
print(dict([('a', 1), ('a', 2)]), dict(zip(range(3), 'xyz')), dict(enumerate('pq')), dict({}.items()), dict(['ab', 'cd']))
print({1: 'int', 1.0: 'float', True: 'bool'}, {0: 'a', False: 'b', 0.0: 'c'}, {(1, 2): 1, (1.0, 2.0): 2})
d = {}
d[1] = 'one'
d[1.0] = 'float one'
d[True] = 'true'
print(d, len(d), d[1], list(d)[0], type(list(d)[0]).__name__)
print({i: i * i for i in range(5)}, {c: ord(c) for c in 'ab'}, {k: v for k, v in [(1, 2), (1, 3)]})
print(dict.fromkeys(['x', 'y'], [0]), dict(dict(a=1)), dict(sorted({'b': 1, 'a': 2}.items())))
for call in range(5):
    try:
        if call == 0:
            dict([1, 2])
        elif call == 1:
            dict([(1, 2, 3)])
        elif call == 2:
            dict(1)
        elif call == 3:
            dict([(1,)])
        else:
            dict({}, {})
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
