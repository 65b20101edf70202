class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center = center
        self.r = r
    def __repr__(self):
        return f"Circle({self.center}, {self.r})"

RED = "red"
class Colors:
    GREEN = "green"

def describe(value):
    match value:
        case None:
            return "nothing"
        case True | False as b:
            return f"bool {b}"
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num if num > 1000:
            return f"big {num}"
        case int(n):
            return f"int {n}"
        case "hello" | "hi":
            return "greeting"
        case str(s) if s.startswith("#"):
            return f"comment {s[1:]}"
        case Colors.GREEN:
            return "green!"
        case str() as s:
            return f"string {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [1, 2, *rest]:
            return f"starts 1,2 then {rest}"
        case [first, *_, last] if first == last:
            return f"same ends {first}"
        case [first, *middle, last]:
            return f"first {first} middle {middle} last {last}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra {extra}"
        case {"type": kind}:
            return f"typed {kind}"
        case {}:
            return "some dict"
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x=px, y=py) if px == py:
            return f"diagonal {px}"
        case Circle(Point(x, y), r=radius):
            return f"circle at {x},{y} r={radius}"
        case Point():
            return f"point {value!r}"
        case (a, b):
            return f"pair {a} {b}"
        case _:
            return f"other {type(value).__name__}"

tests = [None, True, False, 0, -5, 5000, 2.5e9, 7, 3.5, "hi", "#note", "green", "red", "x",
         [], [9], [1, 2, 3, 4], [5, 0, 5], [1, 9, 8, 7], (1, 2, 3), (4, 5),
         {"type": "user", "name": "ann", "age": 3}, {"type": "user", "name": 5}, {"type": 1}, {"a": 1},
         Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 2), Circle(Point(1, 1), 9),
         range(2), {1, 2}, b"by", "hello"]
for t in tests:
    print(repr(t)[:30].ljust(32), describe(t))

def command(text):
    match text.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return "going " + direction
        case ["go", *_]:
            return "where?"
        case ["take", item, *more] if more:
            return f"take {item} and {len(more)} more"
        case ["take", item]:
            return "take " + item
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case [verb, *_]:
            return "unknown verb " + verb
for line in ["go north", "go up", "take key", "take key lamp rope", "exit", "", "dance now"]:
    print(repr(line), command(line))

x = 10
match x:
    case 1:
        print("one")
    case 10:
        print("ten")
print("leaked capture:", end=" ")
match (1, 2):
    case (p, q):
        pass
print(p, q)
for i in range(4):
    match i:
        case 1:
            continue
        case 3:
            break
    print("loop", i)
