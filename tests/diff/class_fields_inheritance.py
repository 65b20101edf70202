# Fields and direct method calls through inheritance, multiple inheritance
# and classes that opt out (slots, __setattr__, local classes).
class Base:
    def __init__(self, a):
        self.a = a

    def describe(self):
        return "%s(a=%r)" % (type(self).__name__, self.a)

    def value(self):
        return self.a


class Left(Base):
    def __init__(self, a, left):
        Base.__init__(self, a)
        self.left = left

    def value(self):
        return self.a + self.left


class Right(Base):
    def __init__(self, a, right):
        Base.__init__(self, a)
        self.right = right

    def value(self):
        return self.a * self.right


class Both(Left, Right):
    def __init__(self, a):
        Left.__init__(self, a, 1)
        Right.__init__(self, a, 2)

    def value(self):
        return (Left.value(self), Right.value(self), super().value())


class Slotted:
    __slots__ = ("p", "q")

    def __init__(self, p, q):
        self.p = p
        self.q = q

    def total(self):
        return self.p + self.q


class Logged:
    def __init__(self, x):
        self.x = x

    def __setattr__(self, name, value):
        print("  setattr", name, value)
        object.__setattr__(self, name, value)


def make_local(n):
    class Local:
        def __init__(self, n):
            self.n = n

        def get(self):
            return self.n

    return Local(n)


objects = [Base(1), Left(2, 3), Right(4, 5), Both(6)]
for o in objects:
    print(o.describe(), o.value(), isinstance(o, Base))
print(Both.__mro__ == (Both, Left, Right, Base, object))
s = Slotted(1, 2)
print(s.total())
try:
    s.r = 3
except AttributeError as e:
    print("AttributeError:", e)
lg = Logged(1)
lg.x = 2
lg.y = 3
print(lg.x, lg.y)
print(make_local(5).get(), make_local(6).get())
Alias = Base
class Base:              # the name now means another class
    def __init__(self):
        self.other = True

    def value(self):
        return "new base"


class Child(Alias):
    def value(self):
        return "child of the old base: %r" % self.a


print(Base().value(), Child(7).value(), Child(8).describe())
