# Bases Molt subclasses keep compiling; bases it cannot resolve at compile time
# keep the run-time check, which raises CPython's TypeError for the builtin
# types that are no bases in CPython either.
import abc
import enum
from collections import namedtuple
from typing import Generic, TypeVar

T = TypeVar("T")


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Point(namedtuple("Point", "x y")):
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item


class Failure(ValueError):
    pass


def local_dict_shadow():
    dict = Square   # a local named dict is not the builtin
    class Big(dict):
        pass
    return Big(3).area()


def make_class(base):
    try:
        class Sub(base):
            pass
    except TypeError as error:
        return f"{base.__name__}: {error}"
    return f"{base.__name__}: ok"


print(Square(4).area(), Color.GREEN, Point(3, -4).norm1(), Box("x").item)
print(local_dict_shadow())
try:
    raise Failure("bad")
except ValueError as error:
    print(type(error).__name__, error)
for base in (bool, range, slice, memoryview, Square, dict, list):
    print(make_class(base))
