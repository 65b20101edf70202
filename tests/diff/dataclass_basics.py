from dataclasses import dataclass, is_dataclass

@dataclass
class Point:
    x: int
    y: int = 0

class Plain:
    pass

p = Point(1, 2)
print(p)
print(Point(3))
print(Point(x=4, y=[1, 2]))
print(p == Point(1, 2), p == Point(2, 2), p != Point(1, 2))
print(p == (1, 2))
print(is_dataclass(p), is_dataclass(Point), is_dataclass(Plain()))
print(Point.__init__.__qualname__)

@dataclass
class Point3(Point):
    z: int = 5

    def __post_init__(self):
        self.total = self.x + self.y + self.z

q = Point3(1, 2, 3)
print(q, q.total)
print(Point3(1))

@dataclass
class Node:
    value: int
    next: object = None

n = Node(1)
n.next = n
print(n)

try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Point(1, z=3)
except TypeError as e:
    print(e)
try:
    hash(p)
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print(e)
