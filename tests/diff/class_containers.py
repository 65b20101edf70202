# Container protocols: len, bool, items, contains, iteration, reversed.
class Seq:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        print("getitem", index)
        return self.items[index]

    def __setitem__(self, index, value):
        self.items[index] = value

    def __delitem__(self, index):
        del self.items[index]

    def __repr__(self):
        return f"Seq{tuple(self.items)}"


s = Seq(1, 2, 3)
print(len(s), bool(s), bool(Seq()), s[0], s[-1], s[0:2])
s[1] = 20
del s[0]
print(s, len(s))
print(list(s), 3 in s, 99 in s, [x * 2 for x in s])
print(list(reversed(s)), sorted(s), sum(s), max(s))
a, b = s
print(a, b)
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)


class Bag:
    def __init__(self):
        self.data = {}

    def __contains__(self, item):
        print("contains", item)
        return item in self.data

    def __iter__(self):
        return iter(sorted(self.data))

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value


bag = Bag()
bag["b"] = 2
bag["a"] = 1
print("a" in bag, "z" in bag, "z" not in bag, list(bag), bag["b"], dict.fromkeys(bag))
try:
    bag["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del bag["a"]
except AttributeError as e:
    print("AttributeError:", e)


class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)), [x for x in Countdown(2)], next(Countdown(5)), next(iter(Countdown(0)), "empty"))
it = Countdown(1)
print(next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
for i, v in enumerate(Countdown(2)):
    print(i, v)
print(list(zip(Countdown(3), "abc")), tuple(map(str, Countdown(2))))


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


print(bool(Truthy(True)), not Truthy(False), "yes" if Truthy(True) else "no")
try:
    bool(Truthy(1))
except TypeError as e:
    print("TypeError:", e)


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(bool(Sized(0)), bool(Sized(2)), len(Sized(7)))
for n in (-1, "x", 2 ** 70):
    try:
        len(Sized(n))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


class Plain:
    pass


for op in (len, iter, reversed):
    try:
        op(Plain())
    except TypeError as e:
        print("TypeError:", e)
try:
    Plain()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    Plain()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in Plain()
except TypeError as e:
    print("TypeError:", e)
print(bool(Plain()))


class Rev:
    def __reversed__(self):
        return iter("cba")


print(list(reversed(Rev())))
