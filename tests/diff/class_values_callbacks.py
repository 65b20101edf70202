# Classes as values: in containers, as dict keys, compared, passed around; methods and str.upper as callbacks.
class Token:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text

    def __repr__(self):
        return f"Token({self.kind!r}, {self.text!r})"


class Number(Token):
    def value(self):
        return int(self.text)


class Name(Token):
    pass


kinds = {Number: "num", Name: "name"}
tokens = [Number("n", "12"), Name("id", "x"), Number("n", "7")]
print([kinds[type(t)] for t in tokens], tokens)
print(sum([t.value() for t in tokens if isinstance(t, Number)]))
print(Number == Number, Number != Name, Number is tokens[0].__class__, hash(Number) == hash(Number))
print(sorted([Name, Number, Token], key=lambda c: c.__name__))
factories = [Number, Name]
made = [f("k", "1") for f in factories]
print(made, [type(m).__name__ for m in made])


class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []

    def on_click(self, handler):
        self.handlers.append(handler)

    def click(self):
        return [h(self.label) for h in self.handlers]


class Logger:
    def __init__(self):
        self.lines = []

    def log(self, text):
        self.lines.append("clicked " + text)
        return len(self.lines)


logger = Logger()
button = Button("ok")
button.on_click(logger.log)
button.on_click(str.upper)
button.on_click(lambda s: s * 2)
print(button.click(), button.click(), logger.lines)
button.self_ref = button.click
print(len(button.self_ref()))


class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)
        return self

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Stack({self._items})"


s = Stack().push(1).push("two").push([3])
print(s, len(s), s.pop(), s.pop(), s, bool(s))
s.pop()
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
print(bool(s))


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]

    def __setitem__(self, pos, value):
        r, c = pos
        self.rows[r][c] = value

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __mul__(self, other):
        n = len(self.rows)
        return Matrix([[sum([self[i, k] * other[k, j] for k in range(n)]) for j in range(n)] for i in range(n)])


m = Matrix([[1, 2], [3, 4]])
m[0, 0] = 5
print(m[0, 0], m[1, 1], (m * m).rows, m == Matrix([[5, 2], [3, 4]]), m != m)
try:
    {m}
except TypeError as e:
    print("TypeError:", e)
