class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3(Point):
    dims = Point.dims + 1
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def norm2(self):
        return super().norm2() + self.z ** 2

p = Point(3, 4)
print(p.norm2(), p, Point.dims)
q = Point3(1, 2, 3)
q.x += 10
print(q.norm2(), q.dims, isinstance(q, Point))

def make():
    k = 5
    class Local:
        def get(self):
            return k
    return Local()
print(make().get())
