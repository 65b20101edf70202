# Fast method calls and field accesses must give way to everything that
# changes their meaning at run time.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hello " + self.name

    def twice(self, x):
        return x * 2


def shout(self):
    return "HELLO " + self.name.upper()


def loud_twice(self, x):
    return x * 20


g = Greeter("ann")
print(g.greet(), g.twice(3))
# An instance attribute shadows the method.
g.greet = lambda: "shadowed"
print(g.greet(), g.twice(4))
del g.greet
print(g.greet())
# Replacing methods on the class at run time.
# (through a receiver known only at run time: Tier 0 rejects setattr(Greeter, ...))
setattr(type(g), "greet", shout)
setattr(type(g), "twice", loud_twice)
print(g.greet(), g.twice(5), Greeter("bob").greet())


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def show(self):
        return "%.1f C" % self.celsius


t = Temperature(20)
print(t.show(), t.celsius)


# A property installed for a field's name takes over reads and writes.
def get_celsius(self):
    print("  get")
    return self._c


def set_celsius(self, value):
    print("  set", value)
    self._c = value


setattr(type(t), "celsius", property(get_celsius, set_celsius))
u = Temperature(30)
print(u.show())
u.celsius = 31
print(u.celsius)


class Wrong:
    def __init__(self, value):
        self.value = value
        return value


try:
    Wrong(5)
except TypeError as e:
    print("TypeError:", e)
print(Wrong(None).value)


class Strict:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self, c):
        return self.a + self.b + c


s = Strict(1, 2)
print(s.total(3))
for call in (lambda: s.total(), lambda: s.total(1, 2), lambda: Strict(1), lambda: Strict(1, 2, 3),
             lambda: s.total(c=4), lambda: Strict(b=1, a=2).total(0)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


class Duck:
    name = "duck"


# Methods called through the class: any first argument binds to self.
print(Strict.total(s, 10), Greeter.twice(None, 6), Greeter.greet(Duck()))
try:
    Strict.total(s)
except TypeError as e:
    print("TypeError:", e)
setattr(type(s), "total", lambda self, c: "replaced %r" % c)
print(Strict.total(s, 1), s.total(2))


class Failing:
    def __init__(self, n):
        self.n = n

    def check(self, limit):
        if self.n > limit:
            raise ValueError("too big: %d" % self.n)
        return self.n


f = Failing(7)
print(f.check(10))
try:
    f.check(3)
except ValueError as e:
    print("ValueError:", e)
f.check(1)
