# An enum without members can be extended (it shares its methods); one with
# members cannot.
from enum import Enum


class Describable(Enum):
    def describe(self):
        return f"{self.name.lower()} = {self.value}"


class Fruit(Describable):
    APPLE = 1
    PEAR = 2


print([f.describe() for f in Fruit], Fruit.__mro__)
print(type(Fruit), isinstance(Fruit.PEAR, Describable), issubclass(Fruit, Enum))


class Citrus(Fruit):
    LEMON = 3
