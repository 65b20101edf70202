# set iteration order of ints equals CPython's (probing, resizes, dummies)
print(set(range(20)), set(range(100, 0, -7)), {-1, -2, -3, 0, 1})
print(set([x * 37 % 101 for x in range(50)]))
print(set([x * 1000 for x in range(30)]))
print(set([2 ** k for k in range(70)]))
print(set([-(2 ** k) for k in range(5, 40, 3)]))
print(set([x * 8 for x in range(40)]), set([x * 64 for x in range(40)]))
s = set()
for i in range(200):
    s.add(i * 13 % 211)
    if i % 3 == 0:
        s.discard(i * 7 % 211)
print(s)
big = set(range(100))
for i in range(0, 100, 3):
    big.discard(i)
big.update(range(1000, 1050))
print(list(big))
t = {1, 9, 17, 25, 33}
t.discard(9)
t.add(41)
t.add(9)
print(t)
u = set()
for i in range(5):
    u.add(i * 8)
for i in range(5):
    u.discard(i * 8)
    u.add(i * 8 + 1)
print(u, len(u))
print({1.5, 2.5, 0.5, -0.5, 3.0, 1e10, 1e-10}, {True, 2, 3.0, None})
