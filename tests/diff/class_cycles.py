# Classes and instances in reference cycles, collected by the cycle collector.
class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def depth(self):
        return 0 if self.parent is None else 1 + self.parent.depth()


def build(levels):
    root = Node(0)
    frontier = [root]
    for level in range(1, levels):
        nxt = []
        for node in frontier:
            for i in range(2):
                nxt.append(Node(level * 10 + i, node))
        frontier = nxt
    return root, frontier


total = 0
for round_number in range(200):
    root, leaves = build(6)
    total += sum([leaf.depth() for leaf in leaves])
print(total)


class Ring:
    def __init__(self):
        self.me = self


for i in range(5000):
    Ring()
keep = Ring()
print(keep.me is keep)


def make_class(n):
    class Local:
        count = n

        def get(self, default=None):
            return self.count

    made = Local
    made.cls = Local
    return Local().get()


print(sum([make_class(i) for i in range(300)]))


class Slotted:
    __slots__ = ("other",)


for i in range(2000):
    a, b = Slotted(), Slotted()
    a.other, b.other = b, a
print("slots ok")


class E(Exception):
    pass


for i in range(1000):
    try:
        raise E(i)
    except E as e:
        e.me = e
print("exceptions ok")
