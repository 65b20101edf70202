import dataclasses


@dataclasses.dataclass
class Item:
    name: str
    price: float
    quantity: int = 0

    def total(self):
        return self.price * self.quantity


@dataclasses.dataclass
class Perishable(Item):
    days: int = 7

    def __repr__(self):
        return f"<{self.name} for {self.days} days>"


stock = [Item("pen", 1.5, 10), Item("book", 12.0, 2), Perishable("milk", 0.99, 5, 3)]
for item in stock:
    print(item, item.total())
print(sorted(item.name for item in stock))
print(stock[0] == Item("pen", 1.5, 10), stock[2] == Item("milk", 0.99, 5))
print(Perishable.__eq__.__qualname__, dataclasses.is_dataclass(Perishable))
counts = {}
for item in stock:
    counts[item.name] = item.quantity
print(counts)
Item("pencil")
