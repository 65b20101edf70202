def f(a, b=2, *args, **kw):
    c = 1
    print(dir())
    d = 4
    print(dir())
    c = None
    if a:
        e = 5
    print(dir())
    try:
        raise ValueError
    except ValueError as err:
        print(dir())
    print(dir())

f(0)
f(1)

def outer():
    x = 1
    y = 2
    def inner():
        z = 3
        print(dir())
        return x
    print(dir())
    inner()
    g = lambda q: dir()
    print(g(1))
    def gen():
        w = 1
        yield dir()
        v = 2
        yield dir()
    print(list(gen()))
outer()

class Base:
    """doc"""
    x = 1
    def f(self):
        return 1
class Derived(Base):
    y = 2
    def __init__(self):
        self.a = 1
    def m(self):
        super().f()
        print(dir())
class Slotted:
    __slots__ = ("p", "q")
class Both(Slotted):
    z: int = 3
class Listed:
    def __dir__(self):
        return ["b", "a", "c"]
d = Derived()
d.extra = 5
print(dir(Base))
print(dir(Derived))
print(dir(d))
d.m()
s = Slotted()
s.p = 1
print(dir(Slotted), dir(s))
print(dir(Both), dir(Both()))
print(dir(Listed()), dir(Listed) == dir(Listed) )
def nothing():
    print(dir())
nothing()
