# Functions as values: module-level defs passed around, stored, returned and
# called through variables, with keywords and defaults bound at run time.


def double(x):
    return x * 2


def add(a, b=10, *, scale=1):
    return (a + b) * scale


def describe(label, value):
    return label + "=" + str(value)


ops = [double, abs, str, len]
print([f(-4) if f is not len else f("four") for f in ops])
table = {"double": double, "add": add}
print(table["double"](21), table["add"](1), table["add"](1, 2), table["add"](1, b=5, scale=3))
f = add
print(f(2, scale=4), f(b=1, a=2))
print(list(map(double, [1, 2, 3])))
print(sorted([3, -1, 2, -5], key=abs))
print(max(["pear", "fig", "banana"], key=len))
print(list(filter(None, [0, 1, 2, 0, 3])))


def compose(f, g):
    def composed(x):
        return f(g(x))
    return composed


inc = lambda x: x + 1
print(compose(double, inc)(5), compose(inc, double)(5))
pipeline = [double, inc, double]
value = 3
for step in pipeline:
    value = step(value)
print(value)


def choose(name):
    if name == "double":
        return double
    return describe


print(choose("double")(8), choose("other")("k", 3))
print(double.__name__, add.__qualname__, inc.__name__, compose(double, inc).__qualname__)
print(callable(double), callable(inc), callable(3))
print(double == double, double is f, add is f)

errors = [
    lambda: add(),
    lambda: add(1, 2, 3),
    lambda: add(1, c=2),
    lambda: add(1, a=2),
    lambda: f(1, 2, 3, scale=2),
    lambda: describe("x"),
    lambda: describe(),
    lambda: describe("a", "b", value=1),
]
for thunk in errors:
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)
