# __getattr__, __setattr__, __delattr__, __slots__, and the attribute builtins.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self.target, name, value)

    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self.target, name)


class Target:
    def __init__(self):
        self.a = 1

    def method(self):
        return "method of target"


t = Target()
p = Proxy(t)
print(p.a, p.method(), p.target is t)
p.b = 2
print(t.b, vars(t))
del p.a
print(vars(t), p.log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "missing"), getattr(p, "missing", "dflt"))


class Defaults:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")


d = Defaults()
d.real = 1
print(d.xyz, d.real, hasattr(d, "y"), getattr(d, "y", None))
try:
    d.y
except AttributeError as e:
    print("AttributeError:", e)


class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")


f = Frozen(3)
print(f.v)
try:
    f.v = 4
except AttributeError as e:
    print("AttributeError:", e)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


s = Slotted(1)
print(s.x, hasattr(s, "y"))
s.y = 2
print(s.y)
del s.y
try:
    s.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(s)
except TypeError as e:
    print("TypeError:", e)


class SlottedChild(Slotted):
    pass


c = SlottedChild(5)
c.z = 6
print(c.x, c.z, vars(c))


class Holder:
    pass


h = Holder()
for name, value in [("a", 1), ("b", [2]), ("c", "three")]:
    setattr(h, name, value)
print(vars(h), [getattr(h, n) for n in "abc"])
vars(h)["d"] = 4
print(h.d)
try:
    getattr(h, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(h, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(int, "x", 1)
except TypeError as e:
    print("TypeError:", e)
# Tier 0 rejects `Holder.shared = ...` outside the class; a receiver known only at run time is allowed.
kind = type(h)
kind.shared = "class attr"
print(h.shared, Holder.shared, getattr(Holder, "shared"))
delattr(kind, "shared")
print(hasattr(h, "shared"))
