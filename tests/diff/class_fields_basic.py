# Instance attributes assigned in methods live at fixed positions (fields);
# they must behave exactly as entries of the instance __dict__ would.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def label(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Point3(Point):
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z

    def norm2(self):
        return Point.norm2(self) + self.z * self.z

    def label(self):
        return "Point3(%r, %r, %r)" % (self.x, self.y, self.z)


class Counter:
    total = 0                 # a class attribute the instances shadow

    def __init__(self):
        self.hits = 0

    def hit(self):
        self.hits += 1
        Counter.total += 1
        return self.hits


def main():
    p = Point(1, 2)
    q = p.moved(3, 4)
    print(p.label(), q.label(), q.norm2())
    r = Point3(1, 2, 3)
    print(r.label(), r.norm2(), r.moved(1, 1).label())
    shapes = [Point(i, -i) for i in range(4)] + [Point3(i, i, i) for i in range(3)]
    print([s.norm2() for s in shapes])
    # Values of every kind in fields, and rebinding them.
    p.x = "text"
    p.y = [1, 2]
    print(p.label())
    p.y.append(3)
    p.x = p.x * 2
    print(p.label(), p.norm2() if False else len(p.y))
    # An attribute outside the fields, set from outside the class.
    p.extra = 42
    print(p.extra, p.label())
    p.x = 10
    p.y = 20
    print(p.norm2(), p.extra)
    # Deleting a field, reading it back, assigning it again.
    del q.x
    try:
        print(q.x)
    except AttributeError as e:
        print("AttributeError:", e)
    print(hasattr(q, "x"), hasattr(q, "y"))
    q.x = 5
    print(q.label())
    try:
        del q.nothing
    except AttributeError as e:
        print("AttributeError:", e)
    c, d = Counter(), Counter()
    c.hit()
    c.hit()
    d.hit()
    print(c.hits, d.hits, Counter.total, c.total)
    c.total = 100             # instance attribute shadowing the class attribute
    print(c.total, d.total, Counter.total)
    # A cycle through fields is collected.
    a, b = Point(0, 0), Point(0, 0)
    a.x, b.x = b, a
    print(a.x.x is a)


main()
