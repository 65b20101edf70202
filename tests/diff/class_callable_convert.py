# __call__, __new__, conversions (__int__, __float__, __index__...), __format__, __str__/__repr__.
class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, *rest, scale=1):
        return self.k * x * scale + sum(rest)


double = Multiplier(2)
print(double(5), double(1, 2, 3), double(1, scale=10), callable(double), callable(Multiplier))
print(list(map(double, [1, 2, 3])), sorted([3, 1, 2], key=Multiplier(-1)))


class Plain:
    pass


print(callable(Plain()))
try:
    Plain()()
except TypeError as e:
    print("TypeError:", e)


class Singleton:
    instance = None

    def __new__(cls, *args):
        if cls.instance is None:
            cls.instance = super().__new__(cls)
            print("created")
        return cls.instance

    def __init__(self, value):
        self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)


class Weird:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


print(Weird())


class Num:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __index__(self):
        return int(self.v)

    def __round__(self, ndigits=None):
        return ("round", ndigits)

    def __abs__(self):
        return "abs"

    def __format__(self, spec):
        return f"Num<{spec}>"

    def __repr__(self):
        return "Num repr"

    def __str__(self):
        return "Num str"


n = Num(7.9)
print(int(n), float(n), hex(Num(255)), bin(Num(5)), oct(Num(8)), round(n), round(n, 1), abs(n))
print(f"{n}", f"{n:>10}", format(n, "x"), str(n), repr(n), [n], f"{n!r}", "%s" % n)


class OnlyIndex:
    def __index__(self):
        return 3


print(int(OnlyIndex()), float(OnlyIndex()), hex(OnlyIndex()))


class BadInt:
    def __int__(self):
        return "x"

    def __float__(self):
        return 1

    def __index__(self):
        return 1.5

    def __repr__(self):
        return 5

    def __str__(self):
        return None


for op in (int, float, hex, repr, str):
    try:
        op(BadInt())
    except TypeError as e:
        print("TypeError:", e)
for op in (int, float, abs, round, hex):
    try:
        op(Plain())
    except TypeError as e:
        print("TypeError:", e)
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
print(format(Multiplier(1), "") .startswith("<__main__.Multiplier object"))
