# index/count/in use == (with identity first) across numeric types and nested values
nan = float('nan')
xs = [1, 1.0, True, nan, [1], (1,), 'a', None]
print(xs.count(1), xs.count(True), xs.count(nan), nan in xs, xs.index(nan), xs.count([1]), xs.index((1,)), xs.index(None))
print([nan] == [nan], (nan,) == (nan,), [1, 2] == [1.0, 2.0], [0] == [False])
print(2 in [1, 2.0], 'a' in ['a', 'b'], [1] in [[1]], (1,) in [[1]], None in [0, False, ''], 0 in [False])
ys = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(ys.index(5), ys.index(5, 5), ys.index(5, -3), ys.count(5), ys.index(1, 2, 4))
for args in [(7,), (5, 9), (1, 4, 3), (3, 1, 1)]:
    try:
        print(ys.index(*args))
    except ValueError as e:
        print(args, e)
ys.remove(5)
ys.remove(1)
print(ys)
while 5 in ys:
    ys.remove(5)
print(ys)
