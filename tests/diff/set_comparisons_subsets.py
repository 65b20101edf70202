# subset/superset comparisons between sets, frozensets and views
a = {1, 2}
b = {1, 2, 3}
f = frozenset([1, 2])
for x, y in [(a, b), (b, a), (a, f), (f, a), (set(), a), (a, a), ({4}, a)]:
    print(sorted(x), sorted(y), x < y, x <= y, x == y, x != y, x >= y, x > y)
print(a.issubset(b), b.issuperset(a), a.issubset([1, 2]), a.issuperset(range(2)), a.isdisjoint({3}), set().isdisjoint(set()))
k = {1: 'a', 2: 'b'}.keys()
print(a == k, k == a, a <= k, k >= f, f == k, k < b, b > k)
try:
    a < [1, 2, 3]
except TypeError as e:
    print(e)
try:
    a.issubset(5)
except TypeError as e:
    print(e)
print(sorted([{3}, {1}, {2}], key=len), {1} in [{1}], [set()] == [set()])
