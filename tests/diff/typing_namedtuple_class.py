from typing import NamedTuple, TypedDict, NewType, Protocol, runtime_checkable, List, Optional
class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    label: Optional[str] = None
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __str__(self):
        return f"<{self.x},{self.y}>"
p = Point(3, 4)
print(p, repr(p), p.norm2(), p._fields, p._field_defaults, Point.__annotations__, Point.__doc__)
print(p._replace(x=1), p._asdict(), Point._make([1, 2, 'a']), tuple(p), p[0], len(p), p == (3, 4, None))
print(type(p).__name__, Point.__mro__, Point.__bases__, Point.__orig_bases__[0] is NamedTuple, isinstance(p, tuple))
x, y, z = p
print(x, y, z, hash(p) == hash((3, 4, None)), sorted([Point(2, 1), Point(1, 5)]))
E = NamedTuple('E', [('name', str), ('id', int)])
print(E('a', 1), E.__annotations__, E._fields)
F = NamedTuple('F', a=int, b=str)
print(F(1, 'x'))
class P3(Point):
    def total(self):
        return self.x + self.y
print(P3(1, 2).total(), P3(1, 2))
try:
    class B(NamedTuple):
        x: int = 1
        y: int
except TypeError as e:
    print('TypeError', e)
try:
    class D(NamedTuple):
        x: int
        def _asdict(self): return 1
except AttributeError as e:
    print('AttributeError', e)
try:
    class C(NamedTuple, object):
        x: int
except TypeError as e:
    print('TypeError', e)
try:
    Point()
except TypeError as e:
    print('TypeError', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
match p:
    case Point(x, y):
        print('matched', x, y)
