# __slots__ layouts through inheritance, and classes mixing slots and __dict__.
class Point:
    __slots__ = ["x", "y"]

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"


class Tagged(Point):
    pass


p, q, t = Point(1, 2), Point3(1, 2, 3), Tagged(0, 0)
print(p, q, t, q.x + q.z)
q.x = 10
print(q, hasattr(q, "w"))
for obj in (p, q):
    try:
        obj.w = 1
    except AttributeError as e:
        print("AttributeError:", e)
t.label = "tagged"
print(t.label, vars(t))
print(type(Point.x).__name__ if False else "member", sorted(Point.__slots__))


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, vars(w))


class Single:
    __slots__ = "only"


s = Single()
s.only = [1]
print(s.only)
try:
    s.other = 2
except AttributeError as e:
    print("AttributeError:", e)
del s.only
try:
    del s.only
except AttributeError as e:
    print("AttributeError:", e)
