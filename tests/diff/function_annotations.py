# Function __annotations__: evaluated when the def runs, after the defaults,
# in CPython's order; classes keep theirs from the body.
def trace(label):
    print("evaluating", label)
    return label


def every_kind(a: trace("a"), /, b: trace("b") = trace("b default"), *args: trace("args"),
               c: trace("c") = trace("c default"), **kwargs: trace("kwargs")) -> trace("return"):
    return a


print(every_kind.__annotations__)
print(every_kind(1))


def plain(x, y=2):
    return x + y


print(plain.__annotations__, plain.__annotations__ is plain.__annotations__)
plain.__annotations__["x"] = int
print(plain.__annotations__)
plain.__annotations__ = None
print(plain.__annotations__)
try:
    plain.__annotations__ = 5
except TypeError as error:
    print("TypeError:", error)
plain.__annotations__ = {"y": str}
print(plain.__annotations__)
del plain.__annotations__
print(plain.__annotations__)


def typed(name: str, count: int = 1, *, scale: float = 1.0) -> list[str]:
    return [name] * count


print(typed.__annotations__)
print(typed("x", 2))


class Point:
    x: int
    y: int = 0
    label: "str"

    def move(self, dx: int, dy: "int" = 0) -> "Point":
        return self

    @staticmethod
    def origin() -> tuple[int, int]:
        return (0, 0)


print(Point.__annotations__)
print(Point.move.__annotations__)
print(Point.origin.__annotations__)


def outer(kind):
    def inner(value: kind) -> kind:
        return value
    return inner


print(outer(int).__annotations__, outer(str).__annotations__)
print((lambda x: x).__annotations__)


def noisy() -> trace("only once"):
    pass


for _ in range(2):
    def again(v: trace("each time")):
        pass

try:
    def broken(x: undefined_name):
        pass
except NameError as error:
    print("NameError:", error)
