# range: indexing, slicing, index/count, equality, hashing, attributes, repr
r = range(2, 20, 3)
print(r, range(5), range(0, -5, -1), range(1, 2, 1), range(3, 1), len(r), r[1], r[-1], r[1:3], r[::-1], r[::2])
print(5 in r, 6 in r, 5.0 in r, True in range(2), 'a' in r, r.index(8), r.count(8), r.count(9), r.count(5.0))
print(range(0) == range(5, 5), range(1, 10, 3) == range(1, 11, 3), range(3) == range(0, 3), range(1) != range(2))
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(4, 2)), range(3) == [0, 1, 2])
print(r.start, r.stop, r.step, bool(range(0)), bool(range(1)), list(range(10, 0, -4)), range(10)[-100:100], range(10)[5:100:2])
print(range(2**70)[-1], range(-10, 10, 7)[1:], list(range(-10, 10, 7)), min(range(5)), max(range(5)), sum(range(101)))
print(range(0, 100, 10)[3:7], range(100, 0, -10)[::-2], range(10)[::3][::-1], list(range(10)[8:2:-3]))
for call in range(8):
    try:
        if call == 0:
            range(1, 2, 0)
        elif call == 1:
            r[100]
        elif call == 2:
            r.index(7)
        elif call == 3:
            range(1.5)
        elif call == 4:
            range()
        elif call == 5:
            range(1, 2, 3, 4)
        elif call == 6:
            r['a']
        else:
            range('a', 5)
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    range(3) < range(4)
except TypeError as e:
    print(e)
print(list(reversed(range(1, 10, 4))), sorted(range(5, 0, -1)), tuple(range(3)), set(range(3)))
