from abc import ABC, abstractmethod, ABCMeta
import abc

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area()}"

class Square(Shape):
    def __init__(self, side): self.side = side
    def area(self): return self.side * self.side
    @property
    def name(self): return "square"

class Half(Shape):
    def area(self): return 0

print(type(Shape), type(ABC), ABC, ABCMeta, Shape, Shape.__mro__)
print(sorted(Shape.__abstractmethods__), Half.__abstractmethods__, Square.__abstractmethods__)
print(Square(3).describe(), isinstance(Square(2), ABC), isinstance(Square(2), Shape))
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
class M(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def util(): ...
class N(M, metaclass=abc.ABCMeta):
    @classmethod
    def make(cls): return cls.__name__
print(type(M), N.make(), M.__module__, ABC.__module__, type(M).__name__)
try: N()
except TypeError as e: print(e)
print(Shape.area.__isabstractmethod__, getattr(Square.area, "__isabstractmethod__", False))
print(hasattr(Shape.describe, "__isabstractmethod__"))
