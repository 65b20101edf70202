# slice objects: repr, attributes, indices(), equality, use in subscripts
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(None), slice(5), slice(1, 2), slice(None, None, -1), slice('a', 'b'))
print(s.indices(5), slice(-1, None, -1).indices(10), slice(None).indices(3), slice(-100, 100).indices(7), slice(2, 8, -3).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1) == slice(None, 1), slice(1, 2) != slice(1, 2, None))
x = list(range(10))
print(x[s], x[slice(None, None, -2)], 'hello'[slice(1, 4)], (1, 2, 3)[slice(1, None)], range(10)[slice(2, 8, 3)])
x[slice(0, 3)] = ['a']
print(x)
del x[slice(None, None, 2)]
print(x)
for call in range(4):
    try:
        if call == 0:
            x[::0]
        elif call == 1:
            x['a':]
        elif call == 2:
            slice(1, 2).indices(-1)
        else:
            slice(1, 2, 0).indices(5)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    hash(slice(1))
    print('hashable')
except TypeError as e:
    print(e)
