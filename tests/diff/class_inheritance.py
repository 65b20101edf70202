# Single and multiple inheritance, the MRO, super(), isinstance/issubclass.
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def describe(self):
        return f"{self.name} is an {self.kind}: {self.speak()}"


class Dog(Animal):
    kind = "dog"

    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return f"{self.name} barks"


class Puppy(Dog):
    def speak(self):
        return super().speak() + " softly"


a, d, p = Animal("generic"), Dog("rex", "lab"), Puppy("bit", "pug")
for x in (a, d, p):
    print(x.describe(), x.kind, type(x).__name__)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(d, Puppy), isinstance(p, object))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, (int, Animal)))
print(Puppy.__mro__)
print(Puppy.__bases__, Dog.__base__)


class A:
    def who(self):
        return "A"

    def chain(self):
        return ["A"]


class B(A):
    def who(self):
        return "B" + super().who()

    def chain(self):
        return ["B"] + super().chain()


class C(A):
    def who(self):
        return "C" + super().who()

    def chain(self):
        return ["C"] + super().chain()


class D(B, C):
    def who(self):
        return "D" + super().who()

    def chain(self):
        return ["D"] + super().chain()


print(D().who(), D().chain())
print([k.__name__ for k in D.__mro__])
print(isinstance(D(), C), issubclass(D, B), issubclass(B, C))


class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass


try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class NotBase(X, Z):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init__(self):
        self.log = ["Base"]

    @classmethod
    def create(cls):
        return cls()

    def name(self):
        return type(self).__name__


class Child(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Child")

    @classmethod
    def create(cls):
        obj = super().create()
        obj.log.append("created")
        return obj


c = Child.create()
print(c.log, c.name(), type(c) is Child)
s = super(Child, c)
print(s.name(), str(s).startswith("<super: <class 'Child'>, <Child object>>"))
try:
    super(Child, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    super(Child, c).missing
except AttributeError as e:
    print("AttributeError:", e)
