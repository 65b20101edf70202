class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def depth_first(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.depth_first(depth + 1)
    def leaves(self):
        return (n.value for n in self.walk() if not n.children)
    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()

t = Tree(1, [Tree(2, [Tree(4), Tree(5)]), Tree(3, [Tree(6)])])
print(list(t), sum(t), max(t))
print(list(t.depth_first()))
print(list(t.leaves()), sorted(v * 10 for v in t))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        print("close", self.name)
        return False
def lines(name):
    with Resource(name):
        for i in Countdown(3):
            yield f"{name}:{i}"
for line in lines("a"):
    print(line)
g = lines("b")
print(next(g))
g.close()
print([x for x in Countdown(4) if x % 2 == 0], dict.fromkeys(Countdown(2)))
