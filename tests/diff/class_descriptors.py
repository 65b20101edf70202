# property, staticmethod, classmethod and bound methods.
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        print("get celsius")
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        print("set celsius", value)
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("del celsius")
        del self._celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32

    @classmethod
    def freezing(cls):
        return cls(0)


t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 37
print(t.celsius, t.fahrenheit, vars(t))
del t.celsius
print(hasattr(t, "_celsius"))
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.convert(100), t.convert(0), Temperature.freezing().fahrenheit, t.freezing()._celsius)
print(type(Temperature.__dict__["celsius"]).__name__ if False else "skip")
p = Temperature.celsius
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__)
cm = Temperature.freezing
print(cm.__self__ is Temperature, cm.__name__, cm.__func__.__qualname__)
print(repr(cm).startswith("<bound method Temperature.freezing of <class '__main__.Temperature'>>"))
print(repr(t.convert)[:30])


def get_x(self):
    return self._x


def set_x(self, v):
    self._x = v * 2


class Manual:
    x = property(get_x, set_x, None, "the x")
    y = property(get_x)


m = Manual()
m.x = 4
print(m.x, Manual.x.__doc__, m.y)
try:
    m.y = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Manual().x
except AttributeError as e:
    print("AttributeError:", e)


class Counter:
    total = 0

    @classmethod
    def bump(cls, n=1):
        cls.total += n
        return cls.total

    @staticmethod
    def helper(a, b=2):
        return a * b


class SubCounter(Counter):
    pass


print(Counter.bump(), Counter.bump(5), SubCounter.bump(), Counter.total, SubCounter.total)
print(Counter.helper(3), Counter().helper(3, b=4), SubCounter.helper(a=1))
sm = staticmethod(len)
print(sm("abc"), repr(staticmethod(abs)), isinstance(sm, staticmethod))
try:
    staticmethod()
except TypeError as e:
    print("TypeError:", e)


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting="hello", *, punct="!"):
        return f"{greeting} {self.name}{punct}"


g = Greeter("ann")
bound = g.greet
print(bound(), bound("hi"), bound(punct="?"), Greeter.greet(g, "yo"))
print(repr(bound).startswith("<bound method Greeter.greet of <__main__.Greeter object at 0x"))
print(bound == g.greet, bound != g.greet, bound.__func__ is Greeter.greet, bound.__self__ is g)
methods = [g.greet, Greeter("bob").greet]
print([m() for m in methods])
g.greet = lambda: "shadowed"
print(g.greet(), Greeter.greet(g))
try:
    g.nothing()
except AttributeError as e:
    print("AttributeError:", e)
try:
    Greeter.greet()
except TypeError as e:
    print("TypeError:", e)
