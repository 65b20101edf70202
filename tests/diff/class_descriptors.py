# Descriptors defined by the program: __get__, __set__, __delete__ and
# __set_name__, data and non-data, read through instances and classes.
class Positive:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, owner=None):
        if obj is None:
            return "descriptor on " + owner.__name__
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("%s must be positive, got %r" % (self.public, value))
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print("deleting", self.public)
        delattr(obj, self.private)


class ReadOnly:
    def __get__(self, obj, owner=None):
        return 42

    def __delete__(self, obj):
        raise AttributeError("cannot delete")


class Product:
    price = Positive()
    quantity = Positive()
    answer = ReadOnly()

    def __init__(self, price, quantity):
        self.price = price
        self.quantity = quantity

    def total(self):
        return self.price * self.quantity


p = Product(3, 4)
print(p.price, p.quantity, p.total(), p._price)
print(Product.price)
p.price = 10
print(p.total())
try:
    p.quantity = -1
except ValueError as e:
    print("ValueError:", e)
del p.price
print(hasattr(p, "_price"))
print(p.answer)
try:
    p.answer = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.answer
except AttributeError as e:
    print("AttributeError:", e)


class Annotated:
    x: int
    y: str = "a"


class Plain:
    pass


class Derived(Annotated):
    pass


print(Annotated.__annotations__, Plain.__annotations__, Derived.__annotations__)
Product(0, 1)
