# auto() numbering (1, 2, 3..., and one more than an explicit int before
# it), @unique on enums without and with aliases.
from enum import Enum, auto, unique


class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = 10
    HEXAGON = auto()
    STAR = auto()
    OVAL = 2          # an alias of SQUARE


print(list(Shape), Shape.OVAL, Shape.STAR.value, repr(auto()))


@unique
class Mode(Enum):
    READ = "r"
    WRITE = "w"
    APPEND = "a"


print(list(Mode), Mode("w"), Mode["APPEND"].value)


try:
    @unique
    class Level(Enum):
        LOW = 1
        MEDIUM = 2
        SMALL = 1
        HIGH = 3
        MID = 2
except ValueError as e:
    print("ValueError:", e)


@unique
class Status(Enum):
    ACTIVE = auto()
    INACTIVE = auto()
    ENABLED = 1
