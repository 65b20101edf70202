from collections import namedtuple
import collections
Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], p[:1], len(p), list(p), tuple(p), isinstance(p, tuple), type(p).__name__)
x, y = p
print(x, y, p == (1, 2), (1, 2) == p, p < (1, 3), hash(p) == hash((1, 2)), p + (3,), p * 2, 2 in p)
print(Point._fields, Point._field_defaults, p._asdict(), p._replace(x=5), Point._make([7, 8]), Point.__match_args__)
print(Point.__doc__, Point.x, Point.__name__, repr(Point), Point.__bases__, Point.__mro__)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 1])
print(P3(5), P3(5, 6, 7), P3._field_defaults, P3(a=1, c=3))
R = namedtuple('R', 'a, def, _c, a, 1x', rename=True)
print(R._fields, namedtuple('M', 'q', module='geometry').__module__)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: p._replace(z=1), lambda: Point._make([1]),
            lambda: namedtuple('X', 'a def'), lambda: namedtuple('X', 'a _b'), lambda: namedtuple('X', 'a a'),
            lambda: namedtuple('X', '1a'), lambda: namedtuple('class', 'a'), lambda: namedtuple('X', 'a b', defaults=[1, 2, 3]),
            lambda: namedtuple('X', ['a', 3])]:
    try:
        print(bad())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    p.x = 3
except AttributeError as e:
    print(e)
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
v = Vec(3, 4)
print(v, v.norm(), v + Vec(1, 1), isinstance(v, tuple), Vec.__mro__)
match p:
    case Point(x=1, y=yy):
        print("matched", yy)
match p:
    case Point(a, b):
        print("positional", a, b)
match p:
    case (a, b):
        print("sequence", a, b)
d = {p: "here"}
print(d[(1, 2)], sorted([Point(2, 1), Point(1, 5)]), max(Point(2, 1), Point(1, 5)))
print(p.count(1), p.index(2), str(p), f"{p}", [q.x for q in [Point(1, 2), Point(3, 4)]])
