# class D(dict): instances are dicts with an instance __dict__; dict's methods
# do not call overridden __setitem__/__getitem__, d[k] syntax does; __missing__,
# super().__init__, the constructor forms, comparisons, repr and hashing.


class Plain(dict):
    pass


d = Plain(a=1, b=2)
d["c"] = 3
print(d, type(d).__name__, isinstance(d, dict), issubclass(Plain, dict), len(d))
print(d == {"a": 1, "b": 2, "c": 3}, d != {}, {"a": 1, "b": 2, "c": 3} == d)
print(list(d), d.get("a"), d.get("z", 0), sorted(d.items()), list(d.keys()), list(d.values()))
print("a" in d, "z" in d, d.pop("c"), d.setdefault("e", 5), d.popitem(), d)
d.tag = "attr"
print(d.tag, d.__dict__, "tag" in d)
print(Plain([(1, "a"), (2, "b")]), Plain({"x": 1}, y=2), Plain(), Plain(Plain(q=1)))
try:
    Plain(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    Plain()["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    hash(Plain())
except TypeError as e:
    print("TypeError", e)
f = Plain.fromkeys("ab", 0)
print(type(f).__name__, f)
u = Plain(a=1) | {"b": 2}
print(type(u).__name__, u, type({"z": 0} | Plain(a=1)).__name__)
p = Plain(a=1)
p |= {"c": 3}
print(type(p).__name__, p)
print(type(p.copy()).__name__, p.copy(), type(dict(p)).__name__, dict(p))
p.clear()
print(p, bool(p), bool(Plain(x=0)))


class Logged(dict):
    def __setitem__(self, key, value):
        print("  set", key, value)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        print("  get", key)
        return super().__getitem__(key)

    def __delitem__(self, key):
        print("  del", key)
        dict.__delitem__(self, key)


print("Logged")
g = Logged(x=1)
g["y"] = 2
g.update(z=3)
g.setdefault("w", 4)
print(g["y"], g.get("x"), g.pop("w"), g)
del g["x"]
g |= {"v": 0}
print(g, dict.__getitem__(g, "y"))
dict.__setitem__(g, "direct", 1)
print(g)


class Defaulting(dict):
    def __missing__(self, key):
        print("  missing", key)
        return len(key)


m = Defaulting(a=1)
print(m["a"], m["abc"], m.get("abc"), "abc" in m, m)
print(dict.__getitem__(m, "four"))


class Config(dict):
    def __init__(self, name, **options):
        super().__init__(**options)
        self.name = name

    def __repr__(self):
        return f"Config({self.name!r}, {dict.__repr__(self)})"


cfg = Config("app", level=3, verbose=False)
print(cfg, cfg.name, cfg["level"], str(cfg), [cfg], f"{cfg}")
print(dict(cfg), cfg == {"level": 3, "verbose": False})


class Empty(dict):
    def __init__(self, *args):
        self.args = args      # dict.__init__ not called: the dict stays empty


e = Empty(("a", 1), ("b", 2))
print(e, e.args, len(e))


class Sorted(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))


o = Sorted(b=2, a=1, c=3)
print(list(o), [k for k in o], dict(o), o, list(o.keys()))


class LengthEq(dict):
    def __eq__(self, other):
        return len(self) == len(other)


print(LengthEq(a=1) == {"b": 2}, LengthEq(a=1) != {"b": 2}, LengthEq(a=1) == {"a": 1, "b": 2})
print(LengthEq.__hash__ is None)


class KeyLen(dict):
    def __len__(self):
        return 42


print(len(KeyLen()), bool(KeyLen()), KeyLen(a=1))


class Tagged(dict):
    __slots__ = ("tag",)


t = Tagged(k=1)
t.tag = "slot"
print(t, t.tag)
try:
    t.other = 1
except AttributeError as e:
    print("AttributeError", e)
