# X | Y between types: types.UnionType, and how typing.Union meets it.
import typing
from typing import Any, List, Optional, TypeVar, Union


class Node:
    pass


print(int | None, None | int, int | str | None, list[int] | str, Node | None)
print(list[Node] | dict[str, Node], int | int, (int | None) | (str | None))
print(type(int | str), (int | str).__args__, (int | None).__args__)
print(int | str == str | int, int | str == int | float, int | str != str | int)
print(hash(int | str) == hash(str | int), len({int | str, str | int, int | None}))
print(int | str == Union[int, str], Union[int, str] == str | int, Optional[int] == int | None)
print(hash(Union[str, int]) == hash(int | str))
print(Union[int | str, float], Optional[int | str], Union[int | None])
print(int | List[int], List[int] | int, Any | None, int | Any)
T = TypeVar("T")
print(int | T, T | None, int | list[T])

for value in (1, "s", 2.5, None, [1], True):
    print(repr(value), isinstance(value, int | str), isinstance(value, int | None), isinstance(value, (float, str | None)))
print(issubclass(bool, int | str), issubclass(float, int | str), issubclass(Node, Node | None))

checks = [
    lambda: int | "str",
    lambda: int | 3,
    lambda: isinstance([], list[int]),
    lambda: issubclass(list, list[int]),
    lambda: isinstance([], int | list[int]),
    lambda: isinstance(1, int | list[int]),
]
for check in checks:
    try:
        print(check())
    except TypeError as error:
        print("TypeError:", error)


def describe(x: int | None = None, *names: str | bytes) -> list[int] | None:
    return None


print(describe.__annotations__)

print(typing.get_origin(int | None), typing.get_args(int | None), typing.get_args(list[int] | str))
print(typing.get_origin(Union[int, str]), typing.get_args(Union[int, str]), typing.get_args(Optional[int]))
print(typing.get_origin(list[int]), typing.get_origin(List[int]), typing.get_origin(List), typing.get_args(List))
print(typing.get_origin(int), typing.get_args(int), typing.get_origin(typing.Generic))
print(typing.get_args(dict[str, int]), typing.get_args(typing.Dict[str, List[int]]), typing.get_args(tuple[()]))
print(typing.get_args(typing.Callable[[int, str], bool]), typing.get_args(typing.Callable[..., int]))
print(typing.get_args(typing.Annotated[int, "meta", 2]), typing.get_origin(typing.ClassVar[int]))
print(typing.get_args(typing.Literal[1, "a"]), typing.get_origin(typing.Literal[1]))
