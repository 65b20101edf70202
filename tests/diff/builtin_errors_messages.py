print(list(enumerate('abc', start=5)), list(enumerate([], 2)), list(enumerate('ab', -1)))
print(list(zip([1, 2], 'ab', (True, False))), list(zip()), list(zip([1, 2, 3], 'ab')))
try:
    list(zip([1, 2, 3], 'ab', strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], 'ab', strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1, 2], 'ab', [1], strict=True))
except ValueError as e:
    print(e)
print(list(zip([1, 2], 'ab', strict=True)))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(max, [1, 5], [4, 2], [3, 3])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(bool, [0, 2])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(5))), list(reversed('abc')), list(reversed({1: 2, 3: 4})))
print(list(reversed(range(10, 0, -3))), list(reversed(range(0))))
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('stop', repr(e))
print(all([]), any([]), all([1, 2]), any([0, '']), all([x > 0 for x in [1]]))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum((), start=5), sum([1.5, 2], start=1))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
try:
    sum([1, 'a'])
except TypeError as e:
    print(e)
print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max('abc', 'b'), max([], default=7), min([], default=None))
print(max([1, -5, 3], key=abs), min(['bb', 'a', 'ccc'], key=len), max(['a', 'bb', 'cc'], key=len), min([[1, 2], [0]], key=len))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min([])
except ValueError as e:
    print(e)
try:
    max(1)
except TypeError as e:
    print(e)
try:
    max()
except TypeError as e:
    print(e)
try:
    max(1, 2, default=3)
except TypeError as e:
    print(e)
try:
    max([1, 'a'])
except TypeError as e:
    print(e)
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted(['bb', 'a', 'ccc'], key=len))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, -2), divmod(2**70, 3))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod('a', 1)
except TypeError as e:
    print(e)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(15, -1), round(25, -1), round(1.5), type(round(1.5)).__name__, round(2.5, 0))
print(abs(-5), abs(-2.5), abs(True), abs(-2**70), abs(0.0), abs(-0.0))
try:
    abs('a')
except TypeError as e:
    print(e)
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, -1, 7), pow(2.0, 3), pow(-8, 1/3) if False else 0, pow(0, 0))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, (str, (int, float))), isinstance([], list), isinstance({}, dict), isinstance(frozenset(), frozenset), isinstance(set(), frozenset))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, int)), issubclass(ValueError, Exception), issubclass(KeyError, LookupError))
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
print(callable(len), callable(1), callable(int), callable('a'), callable([].append), callable(print))
print(id(1) == id(1), hash(1) == hash(1.0), hash('a') == hash('a'))
try:
    len(5)
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len([], [])
except TypeError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    chr('a')
except TypeError as e:
    print(e)
try:
    ord('ab')
except TypeError as e:
    print(e)
try:
    ord('')
except TypeError as e:
    print(e)
try:
    ord(1)
except TypeError as e:
    print(e)
print(bin(10), bin(-10), oct(8), oct(-8), hex(255), hex(-255), bin(0), hex(2**70), oct(True))
try:
    hex(1.5)
except TypeError as e:
    print(e)
print(format(3.14159, '.2f'), format(42, '05d'), format('x', '>3'), format(255, 'x'), format(1234567, ','), format(True), format(None), format(0.5, '%'))
print(ascii('héllo'), ascii([1, 'ü']), repr('a\nb'), repr("it's"), ascii('\u2603'), ascii(1.5))
