# collections.Counter: counting from iterables, mappings and keywords,
# most_common's ordering, elements, update/subtract, the multiset operators
# and 3.10+ comparisons, with CPython's reprs.
from collections import Counter


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__, error)


c = Counter("abracadabra")
print(c, len(c), c["a"], c["z"], "z" in c)
print(c.most_common(), c.most_common(2), c.most_common(1), c.most_common(0), c.most_common(-1), c.most_common(10))
print(sorted(c.elements()), "".join(c.elements()), c.total())
print(isinstance(c, dict), type(c), Counter.__name__)
print(Counter(), Counter({"x": 3, "y": -1}), Counter(a=2, b=5), Counter([1, 1, 2], b=7))
print(Counter(a=3, b=1, c=3, d=2), Counter(z=1, y=1, x=1))

c.update("zzz")
c.update({"a": 10})
c.update(b=1)
c.subtract("aaa")
c.subtract({"z": 5})
c.subtract(r=2)
print(c)
del c["nope"]
del c["d"]
print(c, c.total())
c["q"] = 0
print(c)

x = Counter(a=3, b=1, c=0, d=-2)
y = Counter(a=1, b=2, e=4)
print(x + y, x - y, x | y, x & y)
print(+x, -x)
z = Counter(x)
z += y
print(z)
z = Counter(x)
z -= y
print(z)
z = Counter(x)
z |= y
print(z)
z = Counter(x)
z &= y
print(z)
z = Counter(a=1)
z += {"a": 2, "b": -1}
print(z)

print(Counter(a=1, b=0) == Counter(a=1), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1))
print(Counter(a=2) > Counter(a=1), Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1))
print(Counter(a=1) | {"b": 1}, {"b": 1} | Counter(a=1))

floats = Counter({"x": 0.1, "y": 0.2, "z": 0.3})
print(floats.total(), floats.most_common())
print(Counter(a="x", b=1), Counter(a=[1], b=[1, 2]))
words = Counter("the cat and the hat and the bat".split())
print(words.most_common(3), words.copy(), type(words.copy()).__name__)
print(dict(words), list(words), sorted(words, key=words.get))

attempt("fromkeys", lambda: Counter.fromkeys("ab"))
attempt("not iterable", lambda: Counter(1))
attempt("too many", lambda: Counter("a", "b"))
attempt("update many", lambda: Counter().update("a", "b"))
attempt("n str", lambda: Counter("aab").most_common("x"))
attempt("elements float", lambda: list(Counter(a=1.5).elements()))
attempt("add dict", lambda: Counter(a=1) + {"a": 1})
attempt("lt dict", lambda: Counter(a=1) < {"a": 1})


def add_int():
    counter = Counter()
    counter += 5


attempt("iadd int", add_int)
attempt("unorderable", lambda: Counter(a="x", b=1).most_common())
attempt("hash", lambda: hash(Counter()))
