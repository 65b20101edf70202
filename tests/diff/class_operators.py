# Binary and unary operators with reflection and in-place forms.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"V({self.x}, {self.y})"

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return V(self.x + other, self.y + other)
        return NotImplemented

    def __radd__(self, other):
        print("radd", other)
        return self + other

    def __sub__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return V(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __rmul__(self, k):
        return V(k * self.x, k * self.y)

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)

    def __mod__(self, k):
        return V(self.x % k, self.y % k)

    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)

    def __neg__(self):
        return V(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __invert__(self):
        return V(self.y, self.x)

    def __lshift__(self, n):
        return V(self.x << n, self.y << n)

    def __rshift__(self, n):
        return V(self.x >> n, self.y >> n)

    def __and__(self, o):
        return "and"

    def __or__(self, o):
        return "or"

    def __xor__(self, o):
        return "xor"

    def __rsub__(self, other):
        return f"rsub {other}"


a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, 2.5 + a, a - b, a * 3, 3 * a)
print(a / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b), ~a, a << 2, b >> 1)
print(a & b, a | b, a ^ b, 5 - a)
try:
    a - 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
c = a
c += b
print(c, a, c is a)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, item):
        self.items.append(item)
        return self

    def __isub__(self, item):
        self.items.remove(item)
        return self

    def __imul__(self, n):
        self.items = self.items * n
        return self


acc = Acc()
same = acc
acc += 1
acc += 2
acc -= 1
acc *= 3
print(acc.items, acc is same)
try:
    acc /= 2
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"


class Other:
    def __radd__(self, other):
        return "Other.__radd__"


print(Base(1) + Derived(2), Derived(1) + Base(2), Base(1) + Base(2), Base(1) + Other(), Other() + Base(1))
print(3 + Other(), [1] * 0)
try:
    -Other()
except TypeError as e:
    print("TypeError:", e)
try:
    Other() + Other()
except TypeError as e:
    print("TypeError:", e)
