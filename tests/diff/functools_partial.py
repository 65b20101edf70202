# functools.partial: stored arguments, keyword merging, flattening, attributes, repr.
import functools
from functools import partial


def power(base, exponent=2, *, scale=1):
    return scale * base ** exponent


square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(2), cube(2, exponent=4))
print(square.func is power, square.args, square.keywords)

scaled = partial(power, 3, scale=10)
print(scaled(), scaled(2), scaled(scale=1))

# A partial of a partial is flattened into one.
inner = partial(power, 2)
outer = partial(inner, 5, scale=2)
print(outer.func is power, outer.args, outer.keywords, outer())

# Builtins as the function: their reprs hold no address.
print(repr(partial(max, 1, key=abs)))
print(repr(partial(print)))
print(str(partial(sorted, reverse=True)))
print(partial(sorted, reverse=True)([3, 1, 2]))
print(list(map(partial(int, base=2), ["101", "111"])))

# Type, isinstance, callable.
p = partial(len)
print(type(p), isinstance(p, partial), isinstance(p, functools.partial), callable(p))
print(p("abcd"))

# Attributes live in the partial's __dict__; then it is not flattened.
p.label = "length"
print(p.label, p.__dict__)
q = partial(p, "xyz")
print(q.func is p, q.args, q())

# Keyword arguments of the call override the stored ones.
def show(*args, **kwargs):
    return (args, sorted(kwargs.items()))


merged = partial(show, 1, a=1, b=2)
print(merged(2, b=3, c=4))
print(merged())

# Errors.
for bad in [lambda: partial(), lambda: partial(5), lambda: partial(power)(), lambda: square(1, 2, 3)]:
    try:
        bad()
    except TypeError as error:
        print("TypeError:", error)
try:
    p.func = max
except AttributeError as error:
    print("AttributeError:", error)

# A partial used in sorting and reduction.
people = [("ann", 31), ("bob", 25), ("cy", 40)]
by_index = partial(lambda i, item: item[i])
print(sorted(people, key=partial(by_index, 1)))
