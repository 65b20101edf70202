import typing
from typing import List, Dict, Optional, Union, Tuple, Set, FrozenSet, Type, Callable, Iterable, Iterator, Any, TypeVar, Generic, ClassVar, Final, Literal, Annotated, NoReturn, cast, TYPE_CHECKING, Sequence, Mapping, Generator, Deque, DefaultDict, Counter, Never, Self, MutableMapping, MutableSequence
T = TypeVar('T'); K = TypeVar('K', bound=int); C = TypeVar('C', int, str); V = TypeVar('V', covariant=True)
print(List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, str, None], Optional[Union[int, str]])
print(Tuple[int, ...], Tuple[()], Tuple[int, str].__args__, Callable[[int], str], Callable[..., int], Callable[[], int], Callable[int, str])
print(Callable[[int, str], Callable[[int], None]], List[Dict[str, Tuple[int, ...]]], List[Optional[int]])
print(Dict[str, 'Node'], Union[int, 'Node'], List[T], Dict[K, T].__parameters__, Dict[str, T][int])
print(T, K, C, V, T.__name__, K.__bound__, C.__constraints__, TypeVar('Z', contravariant=True))
print(Any, NoReturn, Never, Self, Callable, Optional, typing.Tuple, List, Set)
print(ClassVar[int], Final[int], Literal['a', 1], Literal[1, 1, True], Annotated[int, 'm'], Annotated[int, 'm'].__metadata__, Annotated[int, 'm'].__origin__)
print(ClassVar[int].__origin__, List.__origin__, List[int].__args__, List[int].__parameters__, Union[int] is int)
print(Union[int, str] == Union[str, int], Union[int, bool, int], Optional[Optional[int]], Union[int, Union[str, float]])
print(hash(List[int]) == hash(List[int]), List[int] == list[int], List[int] == List[int], List[int] != List[str])
print(Sequence[int], Mapping[str, int], Generator[int, None, None], Deque[int], DefaultDict[str, int], Counter[str], Type[int], FrozenSet[int], MutableSequence[int], MutableMapping[str, int])
print(cast(int, 'x'), TYPE_CHECKING, str(List[int]), isinstance([], List), isinstance({}, typing.Dict), issubclass(list, List), isinstance(3, Union[int, str]), isinstance(None, Optional[int]), isinstance(2.0, Optional[int]))
print(Union[int, list[int]], list[T])
tests = [lambda: List[int, str], lambda: Dict[int], lambda: Optional[int, str], lambda: ClassVar[int, str], lambda: Callable[int],
  lambda: List(), lambda: List[int](), lambda: Union(), lambda: Any(), lambda: NoReturn[int], lambda: Generic[int], lambda: Generic[T, T],
  lambda: List[int][str], lambda: Annotated[int], lambda: Tuple[int, ...][int], lambda: TypeVar('X', int),
  lambda: TypeVar('X', covariant=True, contravariant=True), lambda: isinstance(1, List[int]), lambda: isinstance(1, Any),
  lambda: Final[int, str], lambda: List[ClassVar[int]], lambda: List[Union], lambda: Union[int, (1, 2)]]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack[int], Stack.__orig_bases__, Stack.__bases__, s.__orig_class__, type(s).__name__)
class Pair(Generic[K, T]):
    pass
print(Pair[int, str], Stack[Pair[int, str]])
for t in [lambda: Pair[int], lambda: Stack[int, str], lambda: Stack[int][str]]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
class IntStack(Stack[int]):
    pass
print(IntStack.__bases__, IntStack.__mro__)
try:
    IntStack[int]
except TypeError as e:
    print(e)
