# Class creation, instances, attributes, methods and class attributes.
class Point:
    """A point in the plane."""
    count = 0

    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.count += 1

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(3, 4)
print(p, p.x, p.y, p.norm2())
q = p.moved(1)
print(q, q.norm2(), Point.count, p.count)
print(type(p) is Point, type(Point) is type, isinstance(p, Point), isinstance(3, Point))
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(Point, Point.__bases__, Point.__mro__)
print(repr(p), str(p), [p, q])
p.z = 10
print(p.z, hasattr(p, "z"), hasattr(p, "w"), getattr(p, "w", "none"))
del p.z
print(hasattr(p, "z"))
try:
    p.z
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.z
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point.nothing
except AttributeError as e:
    print("AttributeError:", e)
p.count = 99
print(p.count, Point.count, q.count)
type(p).count = 50
print(p.count, q.count)
del p.count
print(p.count)
setattr(p, "name", "origin")
print(p.name, vars(p))
delattr(p, "name")
print(vars(p))
print(Point.norm2(p), Point.moved(p, 2, 2))
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2, m.__name__)
print(p.norm2 == p.norm2, p.norm2 == q.norm2)
f = Point.norm2
print(f(q))


class Empty:
    pass


e = Empty()
print(type(e).__name__, isinstance(e, object), str(e).startswith("<__main__.Empty object at 0x"))
try:
    Empty(1)
except TypeError as err:
    print("TypeError:", err)
try:
    Point()
except TypeError as err:
    print("TypeError:", err)
try:
    Point(1, 2, 3)
except TypeError as err:
    print("TypeError:", err)


class Bad:
    def __init__(self):
        return 5


try:
    Bad()
except TypeError as err:
    print("TypeError:", err)


def make():
    class Local:
        def hello(self):
            return "hi"
    return Local


L = make()
print(L.__name__, L.__qualname__, L().hello(), repr(L))
print(str(L()).startswith("<__main__.make.<locals>.Local object at"))
