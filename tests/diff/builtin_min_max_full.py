# min/max with key=, default=, several args, and CPython's errors
print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max('abc', 'b'), max([], default=7), min([], default=None))
print(max([1, -5, 3], key=abs), min(['bb', 'a', 'ccc'], key=len), max(['a', 'bb', 'cc'], key=len), min([[1, 2], [0]], key=len))
print(max(1, 2.5), min(1, 1.0), max(1.0, 1), min(True, 0), max('b', 'ab'), max([(1, 'b'), (1, 'a')]))
print(max([1, 3, 3.0]), max([3.0, 3]), min([2, 2.0]), min([2.0, 2]), max(range(5)), min('hello'))
print(max({1: 'a', 5: 'b'}), min({3, 1, 2}), max([0], key=None))
print(min([-3, 2, -1], key=abs), max(5, 3, key=abs))
print(max([[1], [1, 0]]), min([(2,), (1, 9)]), max(range(3), default=-1), min(iter([4, 2, 8])))
for call in range(10):
    try:
        if call == 0:
            max([])
        elif call == 1:
            min([])
        elif call == 2:
            max(1)
        elif call == 3:
            max()
        elif call == 4:
            max(1, 2, default=3)
        elif call == 5:
            max([1, 'a'])
        elif call == 6:
            min(1, 'a')
        elif call == 7:
            min([], key=len)
        elif call == 8:
            max([1], bad=1)
        else:
            min()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
