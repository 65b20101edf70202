# ABC.register: virtual subclasses for isinstance, issubclass and class patterns,
# through registration with a subclass of the ABC, and its errors.
from abc import ABC, abstractmethod, ABCMeta
class Sized(ABC):
    @abstractmethod
    def size(self): ...
class Box:
    def size(self): return 1
class Crate(Box): pass
class Bag(Sized): pass
print(isinstance(Box(), Sized), Sized.register(Box) is Box, isinstance(Box(), Sized), isinstance(Crate(), Sized), issubclass(Crate, Sized))
class Thing: pass
Bag.register(Thing)
print(isinstance(Thing(), Bag), isinstance(Thing(), Sized), issubclass(int, Sized))
Sized.register(int)
print(isinstance(3, Sized), isinstance(3, (str, Sized)), issubclass(bool, Sized))
match Box():
    case Sized(): print("sized")
    case _: print("no")
try: Sized.register(3)
except TypeError as e: print(e)
try: Box.register
except AttributeError as e: print(e)
try: Bag.register(Sized)
except RuntimeError as e: print(e)
print(Sized.register(Bag) is Bag, Sized.register)


@Sized.register
class Decorated:
    pass


print(isinstance(Decorated(), Sized), isinstance(Decorated(), Bag), Decorated.__name__)
Sized.register(Sized) is Sized or print("never")
Bag.register(object)
