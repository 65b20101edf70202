# generators as values, with parameters of every kind, cells, with statements
def numbered(*items, start=1, **labels):
    index = start
    for item in items:
        yield index, item, labels.get(item, "-")
        index += 1

print(list(numbered("a", "b", "c", b="bee")))
print(list(numbered(start=5)))
make = numbered
print(list(make("x", start=0)))

def counter_with_cell(n):
    total = 0
    def bump(k):
        nonlocal total
        total += k
        return total
    for i in range(n):
        yield bump(i)
    print("total", total)

print(list(counter_with_cell(5)))

def outer(prefix):
    def gen(items):
        for item in items:
            yield prefix + item
    return gen

g = outer(">")
print(list(g(["a", "b"])))
print(repr(g(["a"])).split(" at ")[0])

class_like = {"name": "box"}
def gen_default(values=[1, 2], extra=class_like):
    for v in values:
        yield v, extra["name"]
print(list(gen_default()))

lam = lambda n: (yield n)
it = lam(7)
print(next(it))

def with_manager(text):
    def gen():
        yield "x"
    try:
        for ch in text:
            if ch == "!":
                raise ValueError("bang")
            yield ch
    except ValueError as e:
        yield "error " + str(e)
    yield from gen()

print(list(with_manager("ab!c")))

def states():
    flag = yield "start"
    while flag:
        flag = yield ("on" if flag > 1 else "low")
    yield "off"

s = states()
print(next(s), s.send(2), s.send(1), s.send(0))

def unpacking():
    a, b = yield
    yield a + b

u = unpacking()
next(u)
print(u.send((3, 4)))

def generator_of_generators():
    for n in range(3):
        yield (n * m for m in range(3))

print([list(inner) for inner in generator_of_generators()])
gens = [numbered(i) for i in range(3)]
print([next(x) for x in gens])
print(dict((k, v) for k, v in zip("abc", range(3))))
print(set(x % 3 for x in range(10)))
print(tuple(x for x in "hey"))
print(sorted(x for x in [3, 1, 2]))
print(min(x for x in [3, 1, 2]), max((x for x in [3, 1, 2]), key=lambda v: -v))
print("".join(reversed(list(c for c in "abc"))))

def bad():
    yield 1
    raise KeyError("from generator")

for v in bad():
    print(v)
