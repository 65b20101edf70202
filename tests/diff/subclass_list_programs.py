# Realistic list subclasses: a stack, a list that validates what it takes, a
# sorted list kept in order with bisect, a bounded history; json and sorting.
import bisect
import json


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        if not self:
            raise IndexError("peek from an empty stack")
        return self[-1]


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = Stack()
    for ch in text:
        if ch in "([{":
            stack.push(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack


for text in ["(a[b]{c})", "(]", "((", "{[()()]}"]:
    print(text, balanced(text))
st = Stack()
try:
    st.peek()
except IndexError as e:
    print("IndexError", e)


class IntList(list):
    def __init__(self, items=()):
        super().__init__()
        self.extend(items)

    @staticmethod
    def _check(item):
        if not isinstance(item, int):
            raise TypeError(f"IntList takes ints, not {type(item).__name__}")
        return item

    def append(self, item):
        super().append(self._check(item))

    def extend(self, items):
        for item in items:
            self.append(item)

    def __setitem__(self, index, item):
        super().__setitem__(index, self._check(item))


xs = IntList([3, 1, 2])
xs.append(5)
xs[0] = 10
print(xs, sum(xs), max(xs), sorted(xs), json.dumps(xs))
for bad in (lambda: xs.append("a"), lambda: xs.extend([1, 2.5]), lambda: IntList(["x"])):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
xs.insert(0, "not checked")   # insert is list's own
print(xs, len(xs))


class SortedList(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))

    def add(self, item):
        bisect.insort(self, item)

    def __contains__(self, item):
        i = bisect.bisect_left(self, item)
        return i < len(self) and self[i] == item


sl = SortedList([5, 2, 8])
for v in (7, 1, 9, 5):
    sl.add(v)
print(sl, 7 in sl, 6 in sl, sl[0], sl[-1], sl[2:4])


class History(list):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def record(self, event):
        self.append(event)
        if len(self) > self.limit:
            del self[0]

    def __repr__(self):
        return f"History({self.limit}, {list(self)})"


hist = History(3)
for event in ["open", "edit", "save", "close", "quit"]:
    hist.record(event)
print(hist, len(hist), hist.limit, ", ".join(hist), hist + ["more"])
records = [History(2), History(1)]
records[0].record("b")
records[0].record("a")
records[1].record("c")
print(sorted(records, key=len), sorted(records[0]))
