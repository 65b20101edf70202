# @dataclass(...) options: order, frozen, eq, unsafe_hash, and CPython's table
# deciding __hash__ from eq / frozen / unsafe_hash / an explicit __hash__.
from dataclasses import dataclass, field, FrozenInstanceError
import dataclasses

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = field(default=0, compare=False)

a, b = Version(1, 2), Version(1, 3)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2, 9), a != b)
print(sorted([Version(2), Version(1, 5), Version(1, 2)]))
print(max(Version(1, 1, 5), Version(1, 1, 2)))
for op in ["<", "<=", ">", ">="]:
    try:
        if op == "<": a < (1, 2)
        elif op == "<=": a <= 3
        elif op == ">": a > "x"
        else: a >= None
    except TypeError as e:
        print(e)

@dataclass(order=True)
class Other:
    major: int
    minor: int = 0

print(a == Other(1, 2))
try:
    a < Other(1, 2)
except TypeError as e:
    print(e)

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, hash(p) == hash((1, 2)), {p: "found"}[Point(1, 2)], len({Point(1, 2), Point(1, 2), Point(2, 1)}))
try:
    p.x = 5
except FrozenInstanceError as e:
    print("frozen:", e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 1
except dataclasses.FrozenInstanceError as e:
    print(e)
print(p)

@dataclass(frozen=True)
class Point3(Point):
    z: int = 0

q = Point3(1, 2, 3)
print(q, q == Point3(1, 2, 3), q == p, hash(q) == hash((1, 2, 3)))
try:
    q.z = 4
except FrozenInstanceError as e:
    print(e)

class Loose(Point):
    pass

loose = Loose(5, 6)
loose.extra = "ok: not a field of a subclass that is no dataclass"
print(loose.extra, loose)
try:
    loose.x = 0
except FrozenInstanceError as e:
    print(e)

@dataclass(eq=False)
class Ident:
    n: int

i = Ident(1)
print(i == Ident(1), i == i, hash(i) == hash(i), "__hash__" in Ident.__dict__)

@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(default_factory=list, hash=False)
    c: int = field(default=0, compare=False)
    d: int = field(default=0, compare=False, hash=True)

h = Hashy(3, [1], 9, 4)
print(hash(h) == hash((3, 4)), h == Hashy(3, [1], 0, 0), h == Hashy(3, [2]))

@dataclass
class Unhashable:
    a: int

print(Unhashable.__hash__)
try:
    hash(Unhashable(1))
except TypeError as e:
    print(e)

@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    a: int

fne = FrozenNoEq(1)
print(hash(fne) == hash(fne), "__hash__" in FrozenNoEq.__dict__, fne == FrozenNoEq(1))

@dataclass
class OwnHash:
    a: int
    def __hash__(self):
        return 42

print(hash(OwnHash(1)))

@dataclass(frozen=True)
class FrozenOwnHash:
    a: int
    def __hash__(self):
        return 7

print(hash(FrozenOwnHash(1)))

@dataclass
class OwnEq:
    a: int
    def __eq__(self, other):
        return True

print(OwnEq(1) == OwnEq(2), OwnEq.__hash__)

@dataclass(repr=False, init=False)
class Bare:
    a: int = 1

print(Bare().a, repr(Bare()).startswith("<__main__.Bare object"))

@dataclass()
class Empty:
    pass

print(Empty(), Empty() == Empty(), Empty() < Empty() if False else "no order")

@dataclass(match_args=False)
class NoMatch:
    a: int

print(hasattr(NoMatch, "__match_args__"), Point.__match_args__)

match Point(3, 4):
    case Point(x, y):
        print("matched", x, y)

deco = dataclass(frozen=True, order=True)
print(deco.__qualname__)

@deco
class Pair:
    a: int
    b: int

print(Pair(1, 2) < Pair(1, 3), Pair(2, 0) > Pair(1, 9))

class Manual:
    a: int
    b: str = "b"

Manual = dataclass(Manual, eq=False)
print(Manual(1), Manual(1) == Manual(1))
print(Point.__dataclass_params__)
print(Version.__lt__.__qualname__, Point.__setattr__.__qualname__, Point.__hash__.__qualname__)
