r = range(2, 20, 3)
print(r, range(5), range(0, -5, -1), len(r), r[1], r[-1], r[1:3], r[::-1], r[::2], 5 in r, 6 in r, r.index(8), r.count(8))
print(range(0) == range(5, 5), range(1, 10, 3) == range(1, 11, 3), range(3) == range(0, 3), hash(range(3)) == hash(range(0, 3)))
print(r.start, r.stop, r.step, bool(range(0)), list(range(10, 0, -4)), range(10)[-100:100])
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    r[100]
except IndexError as e:
    print(e)
try:
    r.index(7)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
print(range(2**70)[-1], len(range(-10, 10, 7)), list(range(-10, 10, 7)), min(range(5)), max(range(5)), sum(range(101)))
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None), slice(5), slice(-1, None, -1).indices(10), slice(1, 2) == slice(1, 2))
x = list(range(10))
print(x[s], x[slice(None, None, -2)], 'hello'[slice(1, 4)], (1, 2, 3)[slice(1, None)])
try:
    x[::0]
except ValueError as e:
    print(e)
try:
    x['a':]
except TypeError as e:
    print(e)
t = (1, 2, 3)
print(t + (4,), t * 2, 0 * t, t[1:], t[::-1], t.count(2), t.index(3), (1,) < (1, 2), (2,) > (1, 5), () == (), (1, [2]) == (1, [2]))
print(hash((1, 2, 3)), hash(((1,), (2,))), hash((None,)), hash((1.5, -1)), hash(tuple(range(20))))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
