# A program that looks at instance __dict__s: the dict must hold every
# attribute in the order it was first assigned, and stay live.
class Node:
    def __init__(self, value, parent=None):
        if parent is not None:
            self.parent = parent
        self.value = value
        self.children = []

    def add(self, value):
        child = Node(value, self)
        self.children.append(child)
        return child


class Tagged(Node):
    def __init__(self, value, tag):
        self.tag = tag
        super().__init__(value)


root = Node(1)
leaf = root.add(2)
print(sorted(vars(root)), list(vars(leaf)))
print(list(Tagged(3, "t").__dict__))
d = vars(root)
d["value"] = 99
d["new"] = "via dict"
print(root.value, root.new)
root.value = 100
print(d["value"], "value" in vars(root))
del root.new
print(list(root.__dict__))
