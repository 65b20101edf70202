# Rich comparisons with reflection, __ne__ defaults, hashing rules.
class N:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"N({self.v})"

    def __eq__(self, other):
        print("eq", self, other)
        if not isinstance(other, N):
            return NotImplemented
        return self.v == other.v

    def __lt__(self, other):
        if not isinstance(other, N):
            return NotImplemented
        return self.v < other.v


a, b, c = N(1), N(2), N(1)
print(a == c, a == b, a != c, a != b, a == 1, a != 1)
print(a < b, b < a, a > b, b > a)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
try:
    a < 1
except TypeError as e:
    print("TypeError:", e)
print(sorted([N(3), N(1), N(2)]), max(N(5), N(7)), min([N(4), N(0)]))
print(a in [b, c], a in [b], [a, b].index(c), [a, b, c].count(N(1)))
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
try:
    {a: 1}
except TypeError as e:
    print("TypeError:", e)


class H:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, H) and self.k == other.k

    def __hash__(self):
        return hash(self.k)

    def __repr__(self):
        return f"H({self.k!r})"


d = {H("a"): 1, H("b"): 2}
print(d[H("a")], H("b") in d, len({H(1), H(1), H(2)}), hash(H(5)) == hash(5))


class Plain:
    pass


p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, hash(p1) == hash(p1), len({p1, p2, p1}))


class NoHash:
    __hash__ = None


try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)


class BadHash:
    def __hash__(self):
        return "x"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class BigHash:
    def __hash__(self):
        return 2 ** 70


print(hash(BigHash()) == hash(2 ** 70))


class Rev:
    def __gt__(self, other):
        return "Rev.__gt__"

    def __le__(self, other):
        return "Rev.__le__"


print(1 < Rev(), 1 >= Rev(), Rev() > 1)


class Base:
    def __eq__(self, other):
        return "Base.__eq__"


class Sub(Base):
    def __eq__(self, other):
        return "Sub.__eq__"


print(Base() == Sub(), Sub() == Base(), Base() != Sub())


class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
