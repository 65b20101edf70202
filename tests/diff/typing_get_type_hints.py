# typing.get_type_hints on functions, methods and classes (base classes first).
from typing import Annotated, ClassVar, List, Optional, get_type_hints


def greet(name: str, times: int = 1, sep: None = None) -> None:
    pass


def plain(x, y):
    pass


print(get_type_hints(greet))
print(get_type_hints(plain))
print(get_type_hints(lambda v: v))


class Base:
    ident: int
    tags: List[str]
    kind: ClassVar[str] = "base"


class Child(Base):
    name: str
    ident: Optional[int]
    size: Annotated[int, "bytes"]

    def resize(self, by: int | float, *, note: Annotated[str, "free text"] = "") -> None:
        pass


print(get_type_hints(Base))
print(get_type_hints(Child))
print(get_type_hints(Child, include_extras=True))
print(get_type_hints(Child().resize))
print(get_type_hints(Child.resize, include_extras=True)["note"])
print(get_type_hints(int), get_type_hints(object))
print(Child.__annotations__)

try:
    get_type_hints(3)
except TypeError as error:
    print("TypeError:", error)
