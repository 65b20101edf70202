# | & - ^ and their in-place forms keep identity; results order as CPython's
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
alias = a
a |= {10}
a &= {1, 2, 10, 3}
a -= {1}
a ^= {7, 2}
print(a, alias, a is alias)
x = set(range(50))
y = set(range(25, 75))
print(x & y == set(range(25, 50)), len(x | y), len(x ^ y), sorted(x - y)[:5])
print(set(range(0, 100, 7)) & set(range(0, 100, 5)), set(range(0, 40, 3)) ^ set(range(0, 40, 4)))
big = set(range(1000))
small = {5, 500, 5000}
print(big & small, small & big, small - big, len(big - small), small | {1})
f = frozenset([1, 2])
print(a | f, f | a, f & {1}, f - {1}, f ^ {3}, type(f | a).__name__, type(a | f).__name__)
g = f
g |= {3}
print(f, g, g is f)
try:
    a |= [1]
except TypeError as e:
    print(e)
try:
    a - 1
except TypeError as e:
    print(e)
try:
    a & 'ab'
except TypeError as e:
    print(e)
try:
    a + a
except TypeError as e:
    print(e)
