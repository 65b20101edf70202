# class L(list): instances are lists with an instance __dict__; slicing, +
# and * give plain lists, += extends in place, overridden __getitem__ and
# __iter__ are honoured where CPython honours them, copy and deepcopy, layout
# conflicts and the constructor's errors.
import copy
import json


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    def is_empty(self):
        return not self


s = Stack()
print(s.is_empty(), s, len(s), bool(s))
for i in range(4):
    s.push(i * i)
print(s.peek(), s.pop(), s, s.is_empty(), len(s), 4 in s, 9 in s)
print(s == [0, 1, 4], s != [0, 1, 4], s < [0, 2], [0, 1, 4] == s)
print(s[0], s[-1], s[::2], type(s[::2]).__name__, s * 2, type(s * 2).__name__, 2 * s)
print(list(reversed(s)), sorted(s, reverse=True), s.index(4), s.count(1))
s[0] = 100
del s[1]
print(s, type(s).__name__, json.dumps(s))
s.insert(0, -1)
s.extend(range(3))
s.remove(100)
print(s, s.copy(), type(s.copy()).__name__)
s.sort()
s.reverse()
print(s)
s.clear()
print(s, len(s))


class Doubling(list):
    def __getitem__(self, index):
        return super().__getitem__(index) * 2


dl = Doubling([1, 2, 3])
print(dl[0], dl[2], list(dl), [x for x in dl], sum(dl), dl)
a, b, c = dl
print(a, b, c)


class Reversed(list):
    def __iter__(self):
        return iter(self[::-1])


rv = Reversed([1, 2, 3])
print(list(rv), [x for x in rv], rv, 2 in rv, list(rv.copy()))


class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name

    def __repr__(self):
        return f"{self.name}{list.__repr__(self)}"


n = Named("xs", [3, 1, 2])
print(n, n.name, str(n), [n])
n2 = copy.copy(n)
n3 = copy.deepcopy(n)
print(n2, type(n2).__name__, n2.name, n2 == n, n2 is n, n3, n3.name)
n.append([9])
n4 = copy.deepcopy(n)
print(n4[-1] is n[-1], n4[-1] == n[-1])


class Summed(list):
    def __add__(self, other):
        return Summed(list(self) + list(other))


x = Summed([1])
y = x + [2]
print(type(y).__name__, y)
x += [3]
print(type(x).__name__, x)


class Bag(list):
    __slots__ = ("label",)


bag = Bag([1, 2])
bag.label = "b"
print(bag, bag.label)
try:
    bag.other = 1
except AttributeError as e:
    print("AttributeError", e)

for bases in ((dict, list), (list, Exception)):
    try:
        class Bad(*bases):
            pass
    except TypeError as e:
        print("TypeError", e)

try:
    Stack(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    Stack(x=1)
except TypeError as e:
    print("TypeError", e)
try:
    Stack()[5]
except IndexError as e:
    print("IndexError", e)
try:
    Stack() + 1
except TypeError as e:
    print("TypeError", e)
try:
    hash(Stack())
except TypeError as e:
    print("TypeError", e)
