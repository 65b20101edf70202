a = [5, 3, 1, 4, 2]
a.sort(); print(a)
a.sort(reverse=True); print(a)
words = ['banana', 'Apple', 'cherry', 'date', 'fig', 'kiwi']
words.sort(key=len); print(words)
words.sort(key=len, reverse=True); print(words)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs), sorted(pairs, reverse=True), sorted(pairs, key=len))
m = [3, 'a', 1]
try:
    m.sort()
except TypeError as e:
    print(e, m)
m = [5, 4, 3, 2, 1, 'x', 0]
try:
    m.sort()
except TypeError as e:
    print(e, m)
m = list(range(100, 0, -1)) + ['q'] + list(range(50))
try:
    m.sort()
except TypeError as e:
    print(e, m[:10], len(m))
print(sorted([1.5, 1, True, 0.5, -2]), sorted([[2], [1, 2], [1]]), sorted([(2, 'a'), (1, 'z')]), sorted('hello world'))
print(sorted([3, 1, 2], key=None), sorted({3: 'a', 1: 'b'}), sorted({5, 1, 3}), sorted(range(5), reverse=True))
try:
    sorted()
except TypeError as e:
    print(e)
try:
    sorted([1], 2)
except TypeError as e:
    print(e)
try:
    [].sort(1)
except TypeError as e:
    print(e)
