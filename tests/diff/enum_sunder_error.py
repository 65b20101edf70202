# _sunder_ names are reserved in an enum body: defining one is a ValueError
# when the class is made.
from enum import Enum


class Mode(Enum):
    FAST = 1
    SLOW = 2


print(list(Mode))


class Broken(Enum):
    ONE = 1
    _reserved_ = 2
