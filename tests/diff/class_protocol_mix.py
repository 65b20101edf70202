class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __iter__(self):
        yield_list = [self.x, self.y]
        return iter(yield_list)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]

a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a * 3, 3 * a, a == Vec(1, 2), a != b, len(a), list(a), a[1])
print({a: 1, Vec(1, 2): 2})
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a.z = 3
except AttributeError as e:
    print("AttributeError:", e)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @staticmethod
    def kind():
        return "temp"
    @classmethod
    def make(cls, v):
        t = cls()
        t.celsius = v
        return t

t = Temp.make(25)
print(t.celsius, Temp.kind(), t.kind(), type(t).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)

class Base:
    count = 0
    def __init__(self, name):
        self.name = name
        Base.count += 1
    def describe(self):
        return f"{type(self).__name__}({self.name}) says {self.sound()}"
    def sound(self):
        return "..."

class Dog(Base):
    def sound(self):
        return "woof"

class Puppy(Dog):
    def sound(self):
        return super().sound() + "!"

for animal in [Base("x"), Dog("rex"), Puppy("bit")]:
    print(animal.describe())
print(Base.count, Puppy.__mro__)
print(issubclass(Puppy, Base), isinstance(Dog("a"), Puppy))

class MyError(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code

try:
    raise MyError(42)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)

class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.name == "suppress"

with Ctx("a") as c, Ctx("b"):
    print("body", c.name)
with Ctx("suppress"):
    raise KeyError("k")
print("after")
try:
    with Ctx("c"):
        raise KeyError("k2")
except KeyError as e:
    print("caught", repr(e))
def f():
    with Ctx("ret"):
        return 5
print(f())
raise MyError(7)
