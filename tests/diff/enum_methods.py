# Methods, properties, classmethods and staticmethods defined in an enum body
# work on members and are not members themselves; __init__ receives tuple
# values; __str__ and __repr__ can be overridden.
from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    JUPITER = (1.9e27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

    def heavier_than(self, other):
        return self.mass > other.mass

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

    @staticmethod
    def unit():
        return "m/s^2"


for p in Planet:
    print(p, p.value, round(p.surface_gravity, 2), Planet.unit())
print(Planet.heaviest(), Planet.EARTH.heavier_than(Planet.MERCURY), len(Planet))
print(Planet((5.976e24, 6.37814e6)) is Planet.EARTH)


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    SATURDAY = 6
    SUNDAY = 7

    def __str__(self):
        return self.name.title()

    def __repr__(self):
        return f"Weekday({self.value})"

    def is_weekend(self):
        return self in (Weekday.SATURDAY, Weekday.SUNDAY)

    def next(self):
        members = list(Weekday)
        return members[(members.index(self) + 1) % len(members)]


print(Weekday.MONDAY, repr(Weekday.SUNDAY), [str(d) for d in Weekday if d.is_weekend()])
print(Weekday.MONDAY.next(), Weekday.SUNDAY.next(), f"{Weekday.TUESDAY}")
print(Weekday.MONDAY.name, Weekday.MONDAY.value)
Weekday.MONDAY.note = "start"
print(Weekday.MONDAY.note, Weekday(1).note)
