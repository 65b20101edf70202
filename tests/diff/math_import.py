# Importing a runtime module: every form of import, at module level and in
# functions, modules and their functions as values, and attribute errors.
import math
import math as m
from math import sqrt, pi as PI, floor
from math import (ceil,
                  factorial as fact)

print(math.sqrt(16), m.sqrt(2), sqrt(81), PI, floor(-2.5), ceil(2.1), fact(10))
print(math.__name__, m.__name__, m is math)
print(math.sqrt, m.floor, sqrt, fact)
print(math.sqrt is sqrt, math.sqrt == m.sqrt, sqrt.__name__)


def area(r):
    return math.pi * r * r


def local_import(x):
    import math as local_math
    from math import isqrt, gcd
    return local_math.hypot(x, 1), isqrt(x * x + 1), gcd(x, 12)


def use_module(module, value):
    return module.log2(value)


def nested():
    from math import e

    def inner():
        return e * 2
    return inner()


print(area(2), local_import(9), use_module(math, 1024), nested())

functions = [math.sin, math.cos, sqrt, m.exp]
print([round(f(0.5), 6) for f in functions])
table = {"floor": math.floor, "ceil": math.ceil, "trunc": math.trunc}
for name in sorted(table):
    print(name, table[name](-3.7), table[name](3.7))

h = math.hypot
print(h(5, 12), h(), h(*[1, 2, 2]))
print(list(map(math.factorial, range(8))))
print(sorted([3.5, -1.25, 2.0], key=math.fabs))

try:
    print(math.nosuch)
except AttributeError as e:
    print("AttributeError", e)
try:
    math.nosuch(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    m.pi(2)
except TypeError as e:
    print("TypeError", e)

# Rebinding an imported name is an ordinary assignment.
sqrt = lambda x: -x
print(sqrt(4), math.sqrt(4))
for i in range(3):
    import math
    print(i, math.factorial(i + 3))
