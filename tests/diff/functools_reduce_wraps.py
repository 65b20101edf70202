# functools.reduce, update_wrapper and wraps.
import functools
from functools import reduce, wraps, update_wrapper


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def truediv(a, b):
    return a / b


print(reduce(add, [1, 2, 3, 4]))
print(reduce(mul, range(1, 11), 1))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]))
print(reduce(add, [], 42))
print(reduce(add, ["only"]))
print(reduce(lambda a, b: a + b, "abc", ">"))
for args in [(add, []), (add, 5), (add,), ()]:
    try:
        reduce(*args)
    except TypeError as error:
        print("TypeError:", error)
try:
    reduce(truediv, [1, 0])
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)


def logged(function):
    @wraps(function)
    def wrapper(*args, **kwargs):
        "The wrapper's own doc."
        print("calling", function.__name__, len(args), kwargs)
        return function(*args, **kwargs)
    return wrapper


@logged
def greet(name, punctuation="!"):
    "Return a greeting."
    return "hello " + name + punctuation


print(greet("ann"), greet("bob", punctuation="?"))
print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(greet.__wrapped__("raw"), greet.__wrapped__.__name__)


class Service:
    @logged
    def handle(self, x):
        "Handle x."
        return x + 1


print(Service().handle(41), Service.handle.__qualname__, Service.handle.__doc__)


def no_doc():
    return 1


@wraps(no_doc)
def replaced():
    "has a doc"
    return 2


print(replaced.__name__, replaced.__doc__, replaced(), replaced.__wrapped__())

# __dict__ is merged, then __wrapped__ set.
def source():
    pass


source.tag = "important"
source.count = 3


def target():
    pass


target.count = 0
result = update_wrapper(target, source)
print(result is target, target.tag, target.count, target.__name__, target.__wrapped__ is source)
print(sorted(target.__dict__))

# Only the attributes asked for.
def other():
    "other doc"


def plain():
    pass


update_wrapper(plain, other, assigned=("__doc__",), updated=())
print(plain.__name__, plain.__doc__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

# Function attributes, which wraps relies on.
def counter():
    counter.calls += 1
    return counter.calls


counter.calls = 0
counter()
counter()
print(counter.calls, counter.__dict__)
try:
    counter.__name__ = 5
except TypeError as error:
    print("TypeError:", error)
counter.__name__ = "renamed"
counter.__qualname__ = "Some.renamed"
print(counter.__name__, counter.__qualname__)
del counter.calls
try:
    counter.calls
except AttributeError as error:
    print("AttributeError:", error)


def stacked(tag):
    def decorate(function):
        @wraps(function)
        def inner(*args):
            return tag + "(" + str(function(*args)) + ")"
        return inner
    return decorate


@stacked("a")
@stacked("b")
def base(x):
    "base doc"
    return x


print(base(1), base.__name__, base.__doc__, base.__wrapped__.__name__, base.__wrapped__.__wrapped__(7))
