from typing import Protocol, runtime_checkable, TypeVar, Generic
from abc import abstractmethod
class Closer(Protocol):
    def close(self) -> None: ...
@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...
@runtime_checkable
class HasName(Protocol):
    name: str
    def greet(self) -> str: ...
class File:
    def close(self):
        print('closed')
class Person:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return 'hi ' + self.name
class Robot:
    def greet(self):
        return 'beep'
def shut(c: Closer) -> None:
    c.close()
shut(File())
print(type(Closer), Closer.__mro__, Closer._is_protocol, Sized2._is_runtime_protocol, sorted(HasName.__protocol_attrs__))
print(isinstance([1], Sized2), isinstance(3, Sized2), isinstance('ab', Sized2), issubclass(list, Sized2), issubclass(int, Sized2))
print(isinstance(Person('a'), HasName), isinstance(Robot(), HasName))
for f in [lambda: isinstance(File(), Closer), lambda: issubclass(File, Closer), lambda: issubclass(Person, HasName), lambda: Closer(),
          lambda: runtime_checkable(File), lambda: issubclass(3, Sized2)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
class Concrete(Closer):
    def close(self):
        return 'concrete close'
c = Concrete()
print(c.close(), isinstance(c, Concrete), issubclass(Concrete, Closer) if False else 0, Concrete._is_protocol, Concrete.__mro__)
try:
    class Bad(Protocol, File):
        pass
except TypeError as e:
    print('TypeError', e)
T = TypeVar('T')
class Box(Protocol[T]):
    def get(self) -> T: ...
print(Box[int], Box.__mro__)
class Shape(Protocol):
    @abstractmethod
    def area(self) -> float: ...
class Sq(Shape):
    pass
try:
    Sq()
except TypeError as e:
    print('TypeError', e)
