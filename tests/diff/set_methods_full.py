# every set method, with several arguments and non-set iterables
s = {1, 2, 3}
print(s.union(), s.union([4], (5,), range(6, 8)), s.intersection([2, 3, 4], {3}), s.difference([1], {2}))
print(s.symmetric_difference([3, 4]), s.issubset(range(5)), s.issuperset([1]), s.isdisjoint('ab'), s.isdisjoint([3]))
t = set(s)
t.update([4], (5,), 'ab')
print(t)
t.difference_update([1], 'a')
print(t)
t.intersection_update(range(10), [2, 3, 4, 5, 99])
print(t)
t.symmetric_difference_update({4, 100})
print(t)
t.symmetric_difference_update(t)
print(t)
t = {1, 2}
t.add(3)
t.add(3)
t.discard(10)
t.remove(1)
print(t, t.copy(), t.copy() is t, t.pop(), t)
t.clear()
print(t)
for i in range(8):
    try:
        if i == 0:
            set().pop()
        elif i == 1:
            {1}.remove(2)
        elif i == 2:
            set().add()
        elif i == 3:
            set().add([])
        elif i == 4:
            {1} | [2]
        elif i == 5:
            set(1)
        elif i == 6:
            set().pop(1)
        else:
            set([1], [2])
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(set([]), set(()), set(''), set({}), set({1: 2}), set(range(3)), set(set([1])))
print({1, 2} == {2, 1}, {1} != {1}, {1} < {1, 2}, {1, 2} <= {1, 2}, {3} > set(), {1} >= {2})
print(len({1, 1, 1}), 1 in {1}, [] in [set()] if False else 0, bool(set()), bool({0}))
