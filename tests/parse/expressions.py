# Precedence, associativity and every expression form.
a or b and not c
a and b or c and d or e
not not a
a < b <= c == d != e > f >= g
a in b not in c is d is not e
a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
a - b - c
a ** b ** c
-a ** -b
-2 ** 2
~a + +b - -c
(a + b) * (c - d)
a if b else c if d else e
(a if b else c) if d else e
lambda: 0
lambda x: x
lambda x, y=1, *args, z, w=2, **kw: (x, y, args, z, w, kw)
lambda x, /, y: x
lambda *, k: k
lambda *a: a
lambda **k: k
x = lambda a=lambda: 1: a
(x := 10)
[y := 1, y ** 2]
f(x := 3)
foo(a)(b)(c)
obj.attr.other.method(1, 2)
x[1]
x[1:2]
x[1:2:3]
x[:]
x[::]
x[::2]
x[:-1]
x[a:b, c:d]
x[1, 2]
x[(1, 2)]
x[()]
x[1:2, ...]
x[..., 0]
x[*idx]
x[*a, b]
f()
f(1, 2, 3)
f(a, *b, c, *d)
f(a=1, b=2)
f(*args, **kwargs)
f(a, b=1, *c, d=2, **e)
f(**a, **b)
f(x for x in y)
f((x for x in y), 1)
f(a)[b].c(d)
await_ = 1
()
(1,)
(1, 2)
1, 2
[]
[1]
[1, 2, 3,]
[*a, *b, c]
{}
{1: 2}
{1: 2, 3: 4,}
{**a, 'b': 1, **c}
{1}
{1, 2, *c}
[x for x in y]
[x for x in y if x if not x]
[x * y for x in a for y in b]
[x for x in a if x for y in x]
{x for x in y}
{k: v for k, v in items}
{k: v for k in a for v in b if v}
(x for x in y)
[(x, y) for x, y in z]
[x for *x, y in z]
[[x for x in row] for row in matrix]
[lambda: x for x in y]
[x for x in (yield_ for yield_ in z)]
x = *a, b
*a, b = c
a, *b = c
[a, *b] = c
(a, b), c = d
a = b = c = 1
a.b = c[d] = e
a += 1
a -= 1
a *= 1
a /= 1
a //= 1
a %= 1
a **= 1
a >>= 1
a <<= 1
a &= 1
a ^= 1
a |= 1
a @= 1
x.y += 1
x[0] -= 1
x: int
x: int = 1
(x): int = 1
x.y: str
x[0]: list[int] = []
del a
del a, b
del a.b, c[d]
del (a, b)
del [a, b]
del a,
assert x
assert x, "message"
a if b else c
x = yield_from = 3
print(*args, sep='', end='\n')
not a == b
a is not None
a not in b
(a < b) < c
a < (b < c)
x = 1 if True else 2
x = [1, 2][0]
x = {'a': 1}['a']
x = 'abc'[::-1]
x = (1).real
x = 1 .real
x = 1.0.real
x = ...
x = Ellipsis
x = None, True, False
