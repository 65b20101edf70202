# field(), fields(), asdict, astuple, replace, kw_only, KW_ONLY, InitVar, MISSING.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, MISSING, KW_ONLY, InitVar, Field
import dataclasses

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", init=False)
    made: list = field(default_factory=lambda: ["fresh"], init=False)

inv = Inventory("box")
inv.items.append(1)
print(inv, Inventory("b2").items, inv.count, inv.secret, inv.made)
print(Inventory.count, Inventory.secret, hasattr(Inventory, "items"), hasattr(Inventory, "made"))
for f in fields(inv):
    print(f.name, f.type, f.default is MISSING, f.default_factory is MISSING, f.init, f.repr, f.compare, f.hash,
          f.kw_only, f.metadata)
print(type(fields(Inventory)), isinstance(fields(Inventory)[0], Field), Field.__name__)
print(list(Inventory.__dataclass_fields__))
print(asdict(inv), astuple(inv))

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

@dataclass
class Line:
    start: Point
    end: Point
    tags: dict = field(default_factory=dict)
    pts: tuple = ()
    grid: list = field(default_factory=list)

ln = Line(Point(0, 0), Point(1, 1), {"k": [Point(2, 2)], (5, 5): "key"}, (Point(3, 3), "s"), [[Point(4, 4)]])
print(asdict(ln))
print(astuple(ln))
print(asdict(ln, dict_factory=lambda pairs: sorted(pairs, key=lambda kv: kv[0])))
print(astuple(ln, tuple_factory=list))
d = asdict(ln)
print(d["grid"] is ln.grid, d["grid"] == [[{"x": 4, "y": 4}]])

print(replace(Point(1, 2), y=7))
print(replace(inv, name="crate"), replace(inv, name="crate").items is inv.items)
try:
    replace(inv, secret="x")
except ValueError as e:
    print(e)
try:
    replace(Point(1), z=1)
except TypeError as e:
    print(e)

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int

print(Opts(level=3), Opts.__match_args__)
try:
    Opts(1, 2)
except TypeError as e:
    print(e)
try:
    Opts()
except TypeError as e:
    print(e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
    d: int = field(default=4, kw_only=False)

print(Mixed(1, 9, c=3), Mixed.__match_args__, [f.name for f in fields(Mixed)])
print(Mixed(1, c=3, b=0))

@dataclass
class Marked:
    a: int = field(kw_only=True)
    b: int = 0

print(Marked(5, a=1), Marked(a=2))

@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 10
    def __post_init__(self, scale):
        self.a *= scale

w = WithInit(2)
print(w, WithInit(2, 3), [f.name for f in fields(w)], WithInit.scale, asdict(w))
print(replace(w, a=1), replace(w, scale=2))
print(InitVar[int], InitVar[list], InitVar[int].type, list(WithInit.__dataclass_fields__))

@dataclass
class Needs:
    a: int
    factor: InitVar[int]
    def __post_init__(self, factor):
        self.b = self.a * factor

print(Needs(2, 5).b, Needs(2, 5))
try:
    replace(Needs(1, 1), a=3)
except ValueError as e:
    print(e)

@dataclass
class Base:
    x: int
    y: int = 1

@dataclass
class Derived(Base):
    x: int = 10
    z: list = field(default_factory=list)

print(Derived(), Derived(1, 2, [3]), [f.name for f in fields(Derived)], fields(Derived)[0].default)

@dataclass
class Counter:
    n: int = 0
    def bump(self):
        self.n += 1
        return self

print(Counter().bump().bump(), fields(Counter)[0].default, Counter.n)
print(dataclasses.is_dataclass(w), dataclasses.is_dataclass(WithInit), dataclasses.is_dataclass(1))
print(repr(dataclasses.MISSING).startswith("<dataclasses._MISSING_TYPE object at "))
print(repr(KW_ONLY).startswith("<dataclasses._KW_ONLY_TYPE object at "))

@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)

t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(asdict(t))
print(astuple(t))
print(asdict(Tree(0, [{"a": (Tree(9),)}])))

@dataclass
class Holder:
    fn: object
    kind: type
    data: set = field(default_factory=set)

hd = Holder(len, int, {1, 2})
out = asdict(hd)
print(out["fn"] is len, out["kind"] is int, out["data"] == {1, 2}, out["data"] is hd.data)
