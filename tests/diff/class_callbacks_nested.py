# bound methods as callbacks, class attributes, nested classes, class-level computations
class EventBus:
    instances = []
    def __init__(self):
        self.handlers = {}
        EventBus.instances.append(self)
    def on(self, name, handler):
        self.handlers.setdefault(name, []).append(handler)
        return self
    def emit(self, name, *args, **kwargs):
        results = []
        for h in self.handlers.get(name, []):
            results.append(h(*args, **kwargs))
        return results

class Counter:
    def __init__(self, start=0):
        self.value = start
    def incr(self, by=1):
        self.value += by
        return self.value
    def __call__(self, *args):
        return ("called", len(args))

bus = EventBus()
c = Counter(10)
bus.on("tick", c.incr).on("tick", lambda by=1: by * 100).on("call", c)
print(bus.emit("tick"), bus.emit("tick", by=5), bus.emit("call", 1, 2, 3), c.value)
m = c.incr
print(m.__self__ is c, m.__func__ is Counter.incr, m(2), callable(c), callable(m))
print(len(EventBus.instances), bus.emit("none"))

class Outer:
    class Inner:
        LEVEL = 2
        def who(self):
            return type(self).__qualname__
    SIZE = [i * i for i in range(4)]
    TOTAL = sum(SIZE)
    def make(self):
        return self.Inner()

o = Outer()
print(o.make().who(), Outer.Inner.LEVEL, Outer.SIZE, Outer.TOTAL, Outer.Inner.__name__)
print(repr(Outer.Inner), Outer.__qualname__, Outer.Inner.__qualname__)

class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return f"{self.name} with {self.sides} sides"
    def __repr__(self):
        return f"<Shape {self.name!r}>"
    def __lt__(self, other):
        return self.sides < other.sides

class Triangle(Shape):
    sides = 3
class Square(Shape):
    sides = 4
    def area(self, s):
        return s * s

shapes = [Square("sq"), Triangle("tri"), Shape("blob")]
print(shapes)
print(sorted(shapes))
print([str(s) for s in shapes])
print(min(shapes), max(shapes).name)
print("%s and %r" % (shapes[0], shapes[1]), "{} {!r:>20}".format(shapes[0], shapes[1]))
print(getattr(shapes[0], "area")(3), hasattr(shapes[1], "area"), getattr(shapes[1], "area", None))
setattr(shapes[2], "color", "red")
print(vars(shapes[2]), shapes[2].__dict__ if hasattr(shapes[2], "__dict__") else "-")
del shapes[2].color
print(hasattr(shapes[2], "color"))
try:
    shapes[2].missing
except AttributeError as e:
    print(e)
try:
    Shape.nothing
except AttributeError as e:
    print(e)
try:
    shapes[0] < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(Shape("a") == Shape("a"), Shape("a") != Shape("b"))
s = Shape("h")
print(hash(s) == hash(s), s in [s], s in {s})
