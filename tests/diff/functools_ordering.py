# functools.cmp_to_key and total_ordering.
from functools import cmp_to_key, total_ordering


def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
print(max(words, key=cmp_to_key(by_length_then_reverse)))
print(sorted([5, 2, 8, 1], key=cmp_to_key(lambda a, b: b - a)))
Key = cmp_to_key(lambda a, b: a - b)
k1, k2 = Key(1), Key(obj=2)
print(k1 < k2, k1 > k2, k1 == k2, k1 <= k1, k2 >= k1, k1 != k2, k1.obj, k2.obj)
try:
    k1 < 5
except TypeError as error:
    print("TypeError:", error)
try:
    hash(k1)
except TypeError as error:
    print("TypeError:", error)


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "Version" + repr(self.parts)


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a > b, a <= c, a >= c, b >= a, b <= a, a == c)
print(sorted([b, a, Version(0, 9)]), max(a, b))
print(Version.__gt__.__name__, Version.__gt__.__qualname__, Version.__le__.__doc__)
try:
    a > 3
except TypeError as error:
    print("TypeError:", error)


@total_ordering
class Gt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v


print(Gt(1) < Gt(2), Gt(1) >= Gt(2), Gt(2) <= Gt(2), Gt(3) > Gt(2))


@total_ordering
class Le:
    def __init__(self, v):
        self.v = v

    def __le__(self, other):
        return self.v <= other.v

    def __eq__(self, other):
        return self.v == other.v


print(Le(1) < Le(2), Le(2) < Le(2), Le(3) > Le(2), Le(2) >= Le(2))


@total_ordering
class Ge:
    def __init__(self, v):
        self.v = v

    def __ge__(self, other):
        return self.v >= other.v


print(Ge(1) < Ge(2), Ge(1) <= Ge(1), Ge(3) > Ge(2), Ge.__lt__.__name__)


# A subclass inherits the root; the class's own definitions are kept.
@total_ordering
class Both:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __ge__(self, other):
        return "own ge"


print(Both(1) >= Both(2), Both(1) > Both(0), Both(1) <= Both(1))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as error:
    print("ValueError:", error)
