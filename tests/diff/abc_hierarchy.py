# Abstract methods inherited through several levels, implemented in steps,
# called through super(), and isinstance / issubclass over an ABC tree.
from abc import ABC, abstractmethod


class Animal(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def sound(self):
        return "..."

    @abstractmethod
    def legs(self): ...

    def describe(self):
        return f"{self.name} says {self.sound()} on {self.legs()} legs"


class Bird(Animal):
    def legs(self):
        return 2


class Parrot(Bird):
    def sound(self):
        return "squawk, " + super().sound()


class Dog(Animal):
    def sound(self):
        return "woof"

    def legs(self):
        return 4


class Puppy(Dog):
    def sound(self):
        return super().sound().upper()


print(sorted(Animal.__abstractmethods__), sorted(Bird.__abstractmethods__))
print(Parrot.__abstractmethods__, Dog.__abstractmethods__)
zoo = [Parrot("polly"), Dog("rex"), Puppy("bit")]
for animal in zoo:
    print(animal.describe())
print([isinstance(a, Bird) for a in zoo], issubclass(Puppy, Animal), issubclass(Dog, Bird))
print(isinstance(zoo[0], Animal), type(Parrot).__name__, repr(type(Dog)))

for cls in (Animal, Bird):
    try:
        cls("x")
    except TypeError as e:
        print("TypeError:", e)


class Counter(ABC):
    """An ABC without abstract methods is concrete."""
    count = 0

    def bump(self):
        self.count += 1
        return self.count


c = Counter()
print(c.bump(), c.bump(), Counter.__abstractmethods__, Counter.__doc__)


# A class made abstract again by redeclaring a method abstract.
class Quiet(Dog):
    @abstractmethod
    def sound(self): ...


print(Quiet.__abstractmethods__)
Quiet("mute")
