# Functions take attributes: __name__, __qualname__, __doc__, __module__ and
# the program's own names, as decorators set them (reduced from program_events).
def counted(function):
    calls = 0

    def wrapper(*args):
        nonlocal calls
        calls += 1
        return function(*args)
    wrapper.__name__ = function.__name__
    wrapper.__qualname__ = function.__qualname__
    wrapper.__doc__ = function.__doc__
    wrapper.count = lambda: calls
    return wrapper


@counted
def square(x):
    return x * x


print(square(3), square(4), square.count(), square.__name__, square.__qualname__, square.__doc__)


def f(a):
    return a


f.__qualname__ = "renamed"
f.__name__ = "short"
print(f.__name__, f.__qualname__)
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f()
except TypeError as e:
    print("TypeError:", e)
for bad in (5, None):
    try:
        f.__name__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    del f.__qualname__
except TypeError as e:
    print("TypeError:", e)
f.__doc__ = "documented"
print(f.__doc__)
del f.__doc__
print(f.__doc__)
f.__module__ = "elsewhere"
print(f.__module__)
f.tag = [1]
f.tag.append(2)
print(f.tag, hasattr(f, "tag"), getattr(f, "missing", "default"))
setattr(f, "other", "x")
print(f.other)
del f.tag
print(hasattr(f, "tag"))
try:
    del f.tag
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(f.nope)
except AttributeError as e:
    print("AttributeError:", e)
lam = lambda: 0
lam.__name__ = "named_lambda"
print(lam.__name__, lam.__qualname__, str(lam).startswith("<function <lambda> at "))
# A function that refers to itself through an attribute is a cycle.
def self_ref():
    return self_ref.me is self_ref
self_ref.me = self_ref
print(self_ref())
