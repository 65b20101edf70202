# Companion of runtime_core.c: the same operations in Python. Its output under
# CPython 3.12 (PYTHONHASHSEED=0) is runtime_core.expected.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

print("-- list")
a = [3, 1, 2]
a.append(5); show(lambda: a)
a.extend((7, 8)); show(lambda: a)
a.insert(0, 9); a.insert(-1, 10); a.insert(100, 11); show(lambda: a)
show(lambda: a.pop()); show(lambda: a.pop(0)); show(lambda: a)
a.remove(7); show(lambda: a)
show(lambda: a.index(2)); show(lambda: a.count(1)); show(lambda: a.index(42))
a.sort(); show(lambda: a)
a.sort(reverse=True); show(lambda: a)
a.reverse(); show(lambda: a)
show(lambda: a[1:3]); show(lambda: a[::-1]); show(lambda: a[::2]); show(lambda: a[-2:])
a[1:3] = [20, 21, 22]; show(lambda: a)
b = list(range(6)); b[::2] = [7, 8, 9]; show(lambda: b)
def bad_assign(): b[::2] = [1]
show(bad_assign)
del b[1]; show(lambda: b)
del b[::2]; show(lambda: b)
show(lambda: [1, 2] + [3]); show(lambda: [1, 2] * 2); show(lambda: 2 * [0])
show(lambda: [1, 2] < [1, 3]); show(lambda: [1, 2] == [1, 2]); show(lambda: [] < [1])
c = [1]; c.append(c); show(lambda: c)
show(lambda: [1] + (2,)); show(lambda: [1] * 'a'); show(lambda: [].pop()); show(lambda: [1][5])
show(lambda: [1]['a'])
show(lambda: sorted([-3, 1, -2], key=abs))
show(lambda: sorted(["ccc", "a", "bb", "d"], key=len))
show(lambda: sorted(["ccc", "a", "bb", "d"], key=len, reverse=True))
show(lambda: sorted([3, 1, 'a']))
e = [1, 2, 3]; e += (4,); show(lambda: e)
e *= 2; show(lambda: e)
show(lambda: list(range(0, 30, 7)))
show(lambda: sorted(list(range(100, 0, -7)))[:5])

print("-- tuple")
show(lambda: (1,)); show(lambda: ()); show(lambda: (1, 'a', None))
show(lambda: hash((1, 2, 3))); show(lambda: hash(())); show(lambda: hash((1, (2, -1))))
show(lambda: (1, 2) + (3,)); show(lambda: (1, 2) * 3); show(lambda: (1, 2, 1).index(2))
show(lambda: (1, 2, 1).count(1)); show(lambda: (1, 2, 3)[::-1]); show(lambda: tuple([1, 2]))
show(lambda: (1, 2) < (1, 2, 3)); show(lambda: (1, 2).index(5)); show(lambda: (1,)[3])
show(lambda: (1,) + [2])

print("-- dict")
d = {'a': 1, 'b': 2}
d['c'] = 3; show(lambda: d)
show(lambda: d.get('a')); show(lambda: d.get('z')); show(lambda: d.get('z', 0))
show(lambda: d.setdefault('e', 5)); show(lambda: d)
show(lambda: d.pop('a')); show(lambda: d.pop('zz', None)); show(lambda: d)
show(lambda: d.popitem()); show(lambda: d)
show(lambda: d.keys()); show(lambda: d.values()); show(lambda: d.items())
d.update({'x': 1}, y=2); show(lambda: d)
show(lambda: dict([(1, 2), (3, 4)])); show(lambda: dict(a=1)); show(lambda: {}.fromkeys([1, 2], 0))
show(lambda: {1: 2} | {3: 4}); show(lambda: d['nope']); show(lambda: {}.popitem())
show(lambda: {[]: 1}); show(lambda: len(d)); show(lambda: 'b' in d)
del d['b']; show(lambda: d)
show(lambda: {1: 2} == {1: 2}); show(lambda: {1: 2} == {1: 3})
def changed():
    it = iter(d); next(it); d['new'] = 1; next(it)
show(changed)
f = {1: 1, 2: 2, 3: 3}; del f[2]; f[2] = 2; show(lambda: f)
g = {}
for i in range(1000): g[i] = i * i
show(lambda: (len(g), g[999], g.get(1000)))
for i in range(0, 1000, 2): del g[i]
show(lambda: (len(g), list(g)[:5]))
show(lambda: dict([1]))
show(lambda: dict([(1, 2, 3)]))
show(lambda: list(reversed({1: 2, 3: 4})))
show(lambda: {'a': 1}.keys() & {'a', 'b'})

print("-- set")
s = {5, 100, 33, 8, 9, 1000}; show(lambda: s)
s.add(7); s.discard(100); show(lambda: s)
show(lambda: s.remove(42))
show(lambda: set(range(20)))
show(lambda: {1, 2, 3} | {3, 4}); show(lambda: {1, 2, 3} & {3, 4}); show(lambda: {1, 2, 3} - {3, 4}); show(lambda: {1, 2, 3} ^ {3, 4})
show(lambda: {1, 2} <= {1, 2, 3}); show(lambda: {1, 2} < {1, 2}); show(lambda: {1, 2, 3} >= {3})
show(lambda: set()); show(lambda: frozenset([1, 2])); show(lambda: frozenset())
show(lambda: s.pop()); show(lambda: s)
show(lambda: {1, 2}.union([3], (4,))); show(lambda: {1, 2, 3}.intersection([2, 3, 4]))
show(lambda: {1, 2, 3}.difference([2])); show(lambda: {1, 2, 3}.symmetric_difference([3, 4]))
show(lambda: {1, 2}.issubset([1, 2, 3])); show(lambda: {1, 2}.issuperset([1])); show(lambda: {1, 2}.isdisjoint([3]))
show(lambda: hash(frozenset([1, 2, 3])))
t = set(range(100))
for i in range(0, 100, 3): t.discard(i)
t.add(1000); t.add(-5); show(lambda: t)
show(lambda: {-1, -2, 5, 2 ** 40, 17, 33})
show(lambda: set().pop())
show(lambda: {[1]})
u = {1, 2}; u |= {3}; u &= {2, 3}; show(lambda: u)
show(lambda: {i * 37 % 101 for i in range(50)})

print("-- range")
show(lambda: range(0, 5)); show(lambda: range(1, 10, 2)); show(lambda: range(10, 0, -3))
show(lambda: len(range(10, 0, -3))); show(lambda: range(10)[3]); show(lambda: range(10)[-1])
show(lambda: range(10)[2:8:2]); show(lambda: range(10)[::-1]); show(lambda: 5 in range(0, 10, 5))
show(lambda: 7 in range(0, 10, 5)); show(lambda: list(range(10, 0, -3))); show(lambda: range(0, 10, 0))
show(lambda: range(5)[10]); show(lambda: range(0, 20, 5).index(15)); show(lambda: range(5).count(3))
show(lambda: list(reversed(range(5)))); show(lambda: range(1.5)); show(lambda: range(3) == range(0, 3))

print("-- slice")
show(lambda: slice(1, 2)); show(lambda: slice(None, 5, 2).indices(10)); show(lambda: slice(-1, None, -2).indices(7))
show(lambda: [0, 1, 2, 3, 4, 5][slice(-1, None, -2)])

print("-- exceptions")
show(lambda: ValueError('x')); show(lambda: str(ValueError('x'))); show(lambda: str(KeyError('k')))
show(lambda: str(ValueError(1, 2))); show(lambda: str(ValueError())); show(lambda: ValueError(1, 2).args)
show(lambda: KeyError()); show(lambda: isinstance(KeyError(), LookupError)); show(lambda: StopIteration(5).value)
show(lambda: SystemExit(3).code)

print("-- builtins")
show(lambda: len([1, 2])); show(lambda: len(5)); show(lambda: abs(-3)); show(lambda: abs(-2.5)); show(lambda: abs('a'))
show(lambda: max([3, 1, 4])); show(lambda: max(3, 1, 4)); show(lambda: min([3, 1, 4])); show(lambda: max([], default=7))
show(lambda: max([])); show(lambda: min(['bb', 'a', 'ccc'], key=len)); show(lambda: max(['bb', 'a', 'ccc', 'dd'], key=len))
show(lambda: max(1, 2, default=3))
show(lambda: sum([1, 2, 3])); show(lambda: sum([0.1] * 10)); show(lambda: sum([1, 0.1, 0.2])); show(lambda: sum([2 ** 46] * 10))
show(lambda: sum([[1], [2]], [])); show(lambda: sum(['a'])); show(lambda: sum([], ''))
show(lambda: sum([1e100, 1.0, -1e100, 1.0]))
show(lambda: any([0, 0, 1])); show(lambda: any([])); show(lambda: all([1, 1])); show(lambda: all([1, 0]))
show(lambda: list(enumerate('ab', 5))); show(lambda: list(zip([1, 2, 3], 'ab')))
show(lambda: list(zip([1], [1, 2], strict=True))); show(lambda: list(map(abs, [-1, -2])))
show(lambda: list(filter(None, [0, 1, 2, '', 'x']))); show(lambda: list(reversed([1, 2, 3])))
show(lambda: list(reversed((1, 2, 3)))); show(lambda: reversed(5))
it = iter([1]); show(lambda: next(it)); show(lambda: next(it, 'done')); show(lambda: next(it))
show(lambda: isinstance(True, int)); show(lambda: isinstance(1, (str, int))); show(lambda: issubclass(bool, int))
show(lambda: isinstance(1, 1)); show(lambda: issubclass(ValueError, (KeyError, Exception)))
show(lambda: divmod(7, -2)); show(lambda: divmod(7.5, 2)); show(lambda: divmod(1.0, 0)); show(lambda: divmod('a', 1))
show(lambda: pow(2, 10)); show(lambda: pow(3, 4, 5)); show(lambda: pow(2, -1)); show(lambda: pow(2, 3, 0))
show(lambda: round(2.5)); show(lambda: round(3.14159, 2)); show(lambda: round(15, -1)); show(lambda: round(25, -1)); show(lambda: round(7))
show(lambda: chr(65)); show(lambda: chr(0x1F600)); show(lambda: ord('é')); show(lambda: chr(-1)); show(lambda: ord('ab'))
show(lambda: hex(255)); show(lambda: oct(8)); show(lambda: bin(5)); show(lambda: hex(-255)); show(lambda: hex(1.0))
show(lambda: callable(len)); show(lambda: callable(1)); show(lambda: callable(list)); show(lambda: callable([].append))
show(lambda: repr('a')); show(lambda: ascii('é')); show(lambda: format(3.14159, '.2f')); show(lambda: format([1]))
show(lambda: type(1)); show(lambda: type([])); show(lambda: type(type)); show(lambda: type(None)); show(lambda: len)
show(lambda: bool([])); show(lambda: bool([0])); show(lambda: bool()); show(lambda: list('abc')); show(lambda: tuple(range(3)))
show(lambda: type(len)); show(lambda: int.__name__); show(lambda: hash(None))
print(1, 'a', None, sep='-', end='!\n')
print()
print('x', flush=True)
show(lambda: print(1, sep=1))
show(lambda: [1, 2].foo); show(lambda: (5)(1)); show(lambda: 5[0]); show(lambda: iter(5))
show(lambda: -[1]); show(lambda: hash([]))

print("-- more")
show(lambda: range(10)[2:5:2]); show(lambda: range(0, -10, -3)[1:]); show(lambda: range(0, -10, -3)[::-1])
h = list(range(6)); h[::-1] = [10, 11, 12, 13, 14, 15]; show(lambda: h)
del h[::-2]; show(lambda: h)
show(lambda: [5, 6, 7, 5].index(5, 1)); show(lambda: [5, 6, 7, 5].index(5, -2, 4))
k = [1, 2]; show(lambda: k.insert(10 ** 30, 3)); show(lambda: k.pop(-10 ** 30)); show(lambda: k)
dd = {'a': 1}; dd['self'] = dd; show(lambda: dd)
show(lambda: ValueError()); show(lambda: str(KeyError('a', 'b'))); show(lambda: hash((-1, -2, (3,))))
show(lambda: 'a' in range(5)); show(lambda: sum([2 ** 46, 2 ** 47, 2 ** 62, 2 ** 62]))
show(lambda: max([1, -1], key=abs)); show(lambda: min([1, -1], key=abs)); show(lambda: list(enumerate([7], 2 ** 70)))
show(lambda: list(zip([1, 2], [1, 2], [1], strict=True))); show(lambda: sorted([3, 1.5, 2, -0.5]))
show(lambda: [1, 2, 3][True]); show(lambda: [1, 2, 3][-10 ** 30:10 ** 30]); show(lambda: divmod(-7, 2)); show(lambda: divmod(-7.5, 2))
show(lambda: isinstance(True, bool)); show(lambda: issubclass(int, bool)); show(lambda: {1: 2}.items() == {(1, 2)})
show(lambda: list({1: 'a', 2: 'b'}.values())); show(lambda: 2 in {1: 'a', 2: 'b'}.keys()); show(lambda: (1, 'a') in {1: 'a'}.items())
m = {3: 3, 1: 1, 2: 2}; del m[1]; show(lambda: m.popitem()); show(lambda: m)
show(lambda: frozenset([1, 2]) == {1, 2}); show(lambda: {frozenset([1])}); show(lambda: {1, 2} | frozenset([3]))
show(lambda: frozenset([1]) | {2}); show(lambda: sorted({'b': 1, 'a': 2}))
show(lambda: list(map(pow, [2, 3], [3, 2]))); show(lambda: list(iter([])))
show(lambda: tuple(reversed(range(1, 10, 4)))); show(lambda: [[1, 2], [3]] == [[1, 2], [3]]); show(lambda: [1, [2, 3]] < [1, [2, 4]])
show(lambda: slice(1, 5) == slice(1, 5)); show(lambda: (slice(None), slice(2)))
show(lambda: repr(...)); show(lambda: repr(NotImplemented)); show(lambda: type(...)); show(lambda: object.__name__)
show(lambda: list(reversed({1: 'a', 2: 'b'}.items()))); show(lambda: list(reversed({1: 'a', 2: 'b'}.values())))

print("-- raising")
def unpack(value, count):
    try:
        if count == 2:
            a, b = value
            return (a, b)
        a, b, c = value
        return (a, b, c)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
show(lambda: unpack([1, 2], 2)); show(lambda: unpack([1], 2)); show(lambda: unpack((1, 2, 3), 2))
show(lambda: unpack(iter([1, 2]), 3)); show(lambda: unpack(5, 2)); show(lambda: unpack('abc', 3))
def raise_class():
    try:
        raise KeyError
    except (ValueError, LookupError) as e:
        return repr(e)
show(raise_class)
def raise_from_none():
    try:
        try:
            raise ValueError('inner')
        except ValueError:
            raise TypeError('outer') from None
    except TypeError as e:
        return (repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
show(raise_from_none)
def raise_chained():
    try:
        try:
            {}['k']
        except KeyError:
            raise RuntimeError('while handling')
    except RuntimeError as e:
        return (repr(e), repr(e.__context__), e.__cause__)
show(raise_chained)
def raise_bad():
    try:
        raise 5
    except TypeError as e:
        return str(e)
show(raise_bad)
def reraise_none():
    try:
        raise
    except RuntimeError as e:
        return str(e)
show(reraise_none)
def name_errors():
    try:
        undefined_name
    except NameError as e:
        return str(e)
show(name_errors)
show(lambda: str(FileNotFoundError(2, 'No such file or directory', 'x.txt'))); show(lambda: str(PermissionError(13, 'Permission denied')))
show(lambda: (FileNotFoundError(2, 'x').errno, FileNotFoundError('x').errno, str(OSError('plain'))))
