# generator expressions: eager first iterable, lazy rest, closures, early exit
def show(label, it):
    print(label, list(it))

print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
show("pairs", ((i, j) for i in range(3) for j in range(i)))
show("filtered", (x for x in range(20) if x % 3 == 0 if x % 2 == 0))
nested = (list(y * 2 for y in range(x)) for x in range(4))
show("nested", nested)
print(any(x > 5 for x in [1, 7, 3]), all(x > 0 for x in [1, 2, -1]))
print(sorted((c for c in "generator"), reverse=True))
print(", ".join(str(n) for n in range(5)))

def make(values):
    scale = 3
    return (v * scale for v in values)

print(list(make([1, 2, 3])))

funcs = list((lambda i=i: i * 10) for i in range(3))
print([f() for f in funcs])

def eager():
    try:
        g = (x for x in 5)
    except TypeError as e:
        print("eager TypeError:", e)
    items = [1, 2, 3]
    g = (x for x in items)
    items.append(4)
    print(list(g))

eager()

def lazy_error():
    g = (1 // x for x in [1, 0])
    print(next(g))
    try:
        next(g)
    except ZeroDivisionError as e:
        print("lazy:", e)

lazy_error()

def naturals():
    n = 0
    while True:
        yield n
        n += 1

def first_over(limit):
    for n in (v * v for v in naturals()):
        if n > limit:
            return n

print(first_over(50))
squares = (n * n for n in naturals())
print([next(squares) for _ in range(5)])
gen = (x for x in [])
print(repr(gen).startswith("<generator object <genexpr> at 0x"))

def closure_gen(k):
    def add(x):
        return x + k
    for i in range(3):
        yield add(i)

print(list(closure_gen(10)))
