# Reference cycles through the collections' containers: a defaultdict's values
# and factory, a deque holding itself, an OrderedDict and a Counter that hold
# themselves, and an elements() iterator. Under diff-asan the collector must
# free them all.
import functools
from collections import Counter, OrderedDict, defaultdict, deque


class Node:
    def __init__(self, name):
        self.name = name
        self.children = defaultdict(list)


def build_cycles():
    for i in range(50):
        parent = Node("p%d" % i)
        child = Node("c%d" % i)
        parent.children["kids"].append(child)
        child.children["parent"].append(parent)

    tree = defaultdict(lambda: tree)
    tree["x"]["y"]["z"] = 1
    print(sorted(tree), tree["x"] is tree)

    holder = defaultdict(list)
    holder.default_factory = functools.partial(list, [holder])
    print(len(holder["a"]), holder["a"][0] is holder)

    d = deque()
    d.append(d)
    d.appendleft([d])
    print(len(d), d[1] is d)

    od = OrderedDict()
    od["self"] = od
    od.move_to_end("self", last=False)
    print(od)

    c = Counter()
    c[c.__class__.__name__] = 1
    box = [c]
    c["box"] = 0
    print(c)

    loop = deque([1, 2, 3])
    elements = Counter(a=2).elements()
    loop.append(elements)
    print(next(elements), len(loop))


build_cycles()
build_cycles()
print("done")
