# Class-level state, methods stored and read through the class, dunders changed after creation.
class Config:
    defaults = {"debug": False}
    names = []

    def __init__(self, **overrides):
        self.values = dict(self.defaults)
        self.values.update(overrides)
        Config.names.append(len(Config.names))

    def get(self, key):
        return self.values[key]


a = Config(debug=True)
b = Config()
print(a.get("debug"), b.get("debug"), Config.names, a.names is b.names)
f = Config.get
print(f(a, "debug"), f.__name__, f.__qualname__, type(f).__name__)
print(Config.__dict__["get"] is f if hasattr(Config, "__dict__") else True)
# Tier 0 rejects stores to a class named outside it; through a receiver known only at run
# time they are allowed, and the runtime withdraws the class's fast paths.
kind = type(a)
kind.extra = lambda self: "extra " + str(self.get("debug"))
print(a.extra(), b.extra())


def method(self, n):
    return n * 2


kind.twice = method
print(a.twice(4), Config.twice(a, 5))
del kind.twice
print(hasattr(a, "twice"))


class Dyn:
    pass


d = Dyn()
print(str(d).startswith("<__main__.Dyn"))
dyn = type(d)
dyn.__repr__ = lambda self: "Dyn!"
print(repr(d), str(d), [d])
dyn.__len__ = lambda self: 3
print(len(d), bool(d))
dyn.__eq__ = lambda self, other: True
print(d == 1, d != 1)


class Outer:
    class Inner:
        def who(self):
            return type(self).__qualname__

    def make(self):
        return self.Inner()


print(Outer().make().who(), Outer.Inner.__name__, Outer.Inner.__qualname__, repr(Outer.Inner))


class WithDoc:
    "Documented."

    x = 1
    y = x + 1
    z = [x, y]


print(WithDoc.__doc__, WithDoc().__doc__, WithDoc.y, WithDoc.z, WithDoc.__module__, WithDoc().__module__)


class Chain:
    def __init__(self):
        self.steps = []

    def step(self, name):
        self.steps.append(name)
        return self


print(Chain().step("a").step("b").step("c").steps)


class Counter:
    count = 0

    def increment(self):
        type(self).count += 1
        self.count += 10
        return self.count


c1 = Counter()
print(c1.increment(), c1.increment(), Counter.count, Counter().count)

class K:
    pass


k = K()
k.__dict__["via_dict"] = 1
print(k.via_dict, k.__dict__, k.__class__ is K, k.__class__.__name__)


def decorate(cls):
    cls.decorated = True
    return cls


@decorate
class Decorated:
    pass


print(Decorated.decorated, Decorated().decorated)


def logged(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper


class Service:
    @logged
    def run(self, n):
        return n + 1

    @staticmethod
    @logged
    def helper():
        return "help"


print(Service().run(1), Service.helper())
