# A realistic program written with typing annotations throughout.
from collections import namedtuple
from dataclasses import dataclass, field
from typing import Callable, ClassVar, Dict, Generic, Iterator, List, Optional, Tuple, TypeVar, Union, cast, TYPE_CHECKING

T = TypeVar("T")
Key = Union[int, str]
Price = namedtuple("Price", "amount currency", defaults=["EUR"])


@dataclass
class Item:
    name: str
    price: Price
    quantity: int = 0
    tags: List[str] = field(default_factory=list)
    created: ClassVar[int] = 0

    def total(self) -> float:
        return self.price.amount * self.quantity


class Repository(Generic[T]):
    def __init__(self) -> None:
        self._items: Dict[Key, T] = {}

    def add(self, key: Key, item: T) -> None:
        self._items[key] = item

    def get(self, key: Key) -> Optional[T]:
        return self._items.get(key)

    def __iter__(self) -> Iterator[Tuple[Key, T]]:
        return iter(sorted(self._items.items(), key=lambda pair: str(pair[0])))

    def select(self, predicate: Callable[[T], bool]) -> List[T]:
        return [item for _, item in self if predicate(item)]


def summarize(items: List[Item]) -> Dict[str, float]:
    totals: Dict[str, float] = {}
    for item in items:
        totals[item.price.currency] = totals.get(item.price.currency, 0.0) + item.total()
    return totals


repo: Repository[Item] = Repository[Item]()
repo.add(1, Item("apple", Price(0.5), 10, ["fruit"]))
repo.add("b2", Item("bread", Price(2.25, "USD"), 2))
repo.add(3, Item("cheese", Price(7.0), 1, ["dairy"]))
for key, item in repo:
    print(key, item)
print(repo.get(1), repo.get(99))
cheap = repo.select(lambda item: item.price.amount < 5)
print([item.name for item in cheap])
print(summarize(cheap))
print(cast(int, "not checked"), TYPE_CHECKING, Item.created)
print(Repository[Item], Optional[Item], Dict[Key, List[Item]], Callable[[Item], bool])
print(Repository.__orig_bases__, repo.__orig_class__)
amount, currency = Price(9.99)
print(amount, currency, Price(1)._asdict())
