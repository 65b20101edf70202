t = 1, 2, 3
print(t, len(t), t[0], t[-1], type(t).__name__)
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
p, q = [10, 20]
print(p, q)
single = (5,)
empty = ()
print(single, empty, len(single), len(empty), (1), (1,) * 3)
def divide(n, d):
    return n // d, n % d
quotient, remainder = divide(47, 5)
print(quotient, remainder, divide(-47, 5))
for i, (name, score) in enumerate([("ann", 90), ("bob", 72)]):
    print(i, name, score)
print(tuple([1, 2]), tuple("ab"), tuple(range(4)), (1, 2) + (3,), (0,) * 4)
