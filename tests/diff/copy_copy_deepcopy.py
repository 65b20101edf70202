# copy: shallow and deep copies of builtins, user classes, cycles, __copy__/__deepcopy__.
import copy
from collections import OrderedDict, defaultdict, deque, Counter
from dataclasses import dataclass
from enum import Enum

nested = [1, [2, 3], {"a": [4]}, (5, [6]), {7, 8}, frozenset({9}), "s", b"b", bytearray(b"ba"), None, 2.5, True]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1], deep == nested, deep[1] is nested[1])
print(deep[2]["a"] is nested[2]["a"], deep[3] is nested[3], deep[3][1] is nested[3][1], deep[6] is nested[6])
print(deep[4] is nested[4], deep[5] is nested[5], deep[8] is nested[8], deep[8] == nested[8])
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
d = {"k": [1], "j": {"x": 2}}
print(copy.copy(d) == d, copy.copy(d)["k"] is d["k"], copy.deepcopy(d)["k"] is d["k"])
print(copy.copy(42), copy.deepcopy("text"), copy.copy(None), copy.deepcopy(range(3)), copy.copy(len), copy.copy(int))

shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)

cycle = [1]
cycle.append(cycle)
cc = copy.deepcopy(cycle)
print(cc[1] is cc, cc is not cycle, len(cc))
dcycle = {}
dcycle["self"] = dcycle
dd = copy.deepcopy(dcycle)
print(dd["self"] is dd, dd is not dcycle)


class Point:
    def __init__(self, x, y):
        print("init", x, y)
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, type(q).__name__, q is p, q.y is p.y, r.y is p.y)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None


root = Node("root")
child = Node("child")
child.parent = root
root.children.append(child)
clone = copy.deepcopy(root)
print(clone.children[0].parent is clone, clone.children[0].name, clone is not root)


class Custom:
    def __init__(self, value):
        self.value = value

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.value + 1)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.value, memo))


c = Custom(5)
print(copy.copy(c).value, copy.deepcopy(c).value, copy.deepcopy([c, c])[0].value)


class Stateful:
    def __init__(self):
        self.a = 1
        self.b = [2]

    def __getstate__(self):
        print("getstate")
        return {"a": self.a * 10, "b": self.b}

    def __setstate__(self, state):
        print("setstate", sorted(state))
        self.__dict__.update(state)


s = Stateful()
s2 = copy.deepcopy(s)
print(s2.a, s2.b, s2.b is s.b)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = [1]


sl = copy.copy(Slotted())
print(sl.x, hasattr(sl, "y"))


@dataclass
class Config:
    name: str
    tags: list


cfg = Config("a", ["t"])
cfg2 = copy.deepcopy(cfg)
print(cfg2, cfg2 == cfg, cfg2.tags is cfg.tags, copy.copy(cfg).tags is cfg.tags)


class Color(Enum):
    RED = 1


print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED)

dq = deque([[1], [2]], maxlen=3)
dq2 = copy.deepcopy(dq)
print(dq2, dq2[0] is dq[0], copy.copy(dq)[0] is dq[0])
dfd = defaultdict(list, {"a": [1]})
dfd2 = copy.deepcopy(dfd)
print(dfd2, dfd2["a"] is dfd["a"], copy.copy(dfd).default_factory)
print(copy.deepcopy(OrderedDict(b=[1], a=2)), copy.copy(Counter("abca")))

memo = {}
copy.deepcopy([1, [2]], memo)
print(len(memo) > 0, copy.Error.__name__, copy.error is copy.Error, issubclass(copy.Error, Exception))


def gen():
    yield 1


copy.copy(gen())
