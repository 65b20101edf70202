# super() in depth: cooperative __init__ with keywords, properties and class attributes through super.
class Shape:
    sides = 0

    def __init__(self, *, name="shape", **rest):
        self.name = name
        self.rest = rest
        print("Shape.__init__", name, sorted(rest))

    @property
    def label(self):
        return f"<{self.name}>"

    def area(self):
        return 0

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"

    def __str__(self):
        return "shape " + self.name


class Colored(Shape):
    def __init__(self, *, color="black", **rest):
        print("Colored.__init__", color)
        self.color = color
        super().__init__(**rest)

    @property
    def label(self):
        return super().label + "[" + self.color + "]"


class Square(Colored):
    sides = 4

    def __init__(self, side, **rest):
        print("Square.__init__", side)
        self.side = side
        super().__init__(**rest)

    def area(self):
        return self.side * self.side + super().area()

    def __str__(self):
        return super().__str__() + " with side " + str(self.side)

    def describe(self):
        return f"{super().sides} -> {self.sides}"


sq = Square(3, color="red", name="sq", extra=1)
print(sq.label, sq.area(), str(sq), repr(sq), sq.describe(), sq.rest)
print(super(Square, sq).area(), super(Colored, sq).label, super(Square, sq).label)
print(super(Square, sq).__repr__(), super(Shape, sq).__repr__().startswith("<__main__.Square object at"))


class Registry:
    items = []

    @classmethod
    def register(cls, item):
        cls.items = cls.items + [item]
        return cls

    @staticmethod
    def validate(item):
        return isinstance(item, int)


class Special(Registry):
    @classmethod
    def register(cls, item):
        if not cls.validate(item):
            raise TypeError("bad item " + repr(item))
        return super().register(item * 10)


Special.register(1).register(2)
print(Registry.items, Special.items)
try:
    Special.register("x")
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return type(self) is type(other) and self.x == other.x

    def __hash__(self):
        return hash(self.x)


class Child(Base):
    def __init__(self, x, y):
        Base.__init__(self, x)
        self.y = y

    def __eq__(self, other):
        return super().__eq__(other) and self.y == other.y

    __hash__ = Base.__hash__


print(Child(1, 2) == Child(1, 2), Child(1, 2) == Child(1, 3), hash(Child(5, 0)) == hash(5), len({Child(1, 1), Child(1, 1)}))


class Counted:
    created = 0

    def __new__(cls, *args, **kwargs):
        cls.created += 1
        obj = super().__new__(cls)
        obj.serial = cls.created
        return obj

    def __init__(self, tag):
        self.tag = tag


class MoreCounted(Counted):
    pass


objs = [Counted("a"), Counted("b"), MoreCounted("c")]
print([(o.tag, o.serial) for o in objs], Counted.created, MoreCounted.created)


class NoInit:
    pass


try:
    object.__new__(NoInit, 1)
except TypeError as e:
    print("TypeError:", e)
n = object.__new__(NoInit)
object.__init__(n)
print(type(n).__name__)
try:
    object.__init__(n, 1)
except TypeError as e:
    print("TypeError:", e)


class InitArgs:
    def __init__(self, a):
        super().__init__()
        self.a = a


print(InitArgs(1).a)


class PassArgs:
    def __init__(self, a):
        super().__init__(a)


try:
    PassArgs(1)
except TypeError as e:
    print("TypeError:", e)
