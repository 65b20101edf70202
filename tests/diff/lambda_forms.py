# Lambda expressions: defaults, keyword-only and positional-only parameters,
# nesting, lambdas in comprehensions and as sort keys.

square = lambda x: x * x
print(square(9), (lambda: "no args")(), (lambda a, b=2: a ** b)(3))
kw = lambda a, *, b=1, c: (a, b, c)
print(kw(1, c=3), kw(1, b=2, c=3))
pos = lambda a, b, /, c=0: a - b + c
print(pos(10, 3), pos(10, 3, c=100))
try:
    pos(a=1, b=2)
except TypeError as e:
    print(e)
try:
    kw(1)
except TypeError as e:
    print(e)
adders = [lambda x, n=n: x + n for n in range(4)]
print([a(10) for a in adders])
late = [lambda: n for n in range(4)]
print([f() for f in late])
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3), curry(9)(8)(7))
words = ["delta", "Alpha", "charlie", "Bravo", "echo"]
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[-1], reverse=True))
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs, key=lambda p: -p[0]))
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: (p[0], p[1])))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda x: x % 3 == 0, range(20))))
table = {name: (lambda k: lambda: k.upper())(name) for name in ["x", "y"]}
print(table["x"](), table["y"]())


def make_ops():
    base = 100
    return {"add": lambda x: x + base, "sub": lambda x: x - base, "base": lambda: base}


ops = make_ops()
print(ops["add"](1), ops["sub"](1), ops["base"]())
print(square.__name__, square.__qualname__, make_ops()["add"].__qualname__)
