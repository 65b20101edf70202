# functools.lru_cache and cache: hits, misses, eviction order, keys, methods.
import functools
from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info())
print(fib(90), fib.cache_info().hits)

# Bounded: the least recently used entry goes first.
log = []


@lru_cache(maxsize=3)
def f(x):
    log.append(x)
    return x * 10


for x in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3]:
    f(x)
print(log, f.cache_info())
f.cache_clear()
print(f.cache_info())
f(1)
print(log[-1], f.cache_info())

# @lru_cache without parentheses uses maxsize=128.
@lru_cache
def square(x):
    return x * x


print([square(i % 5) for i in range(20)], square.cache_info())
print(square.cache_parameters(), f.cache_parameters(), fib.cache_parameters())
print(square.__name__, square.__wrapped__(9), type(square))

# Keys: positional and keyword calls are different entries; typed separates 3 and 3.0.
calls = []


@lru_cache(maxsize=32)
def add(a, b=0):
    calls.append((a, b))
    return a + b


add(1, 2)
add(1, 2)
add(1, b=2)
add(a=1, b=2)
add(b=2, a=1)
add(1.0, 2)
print(calls, add.cache_info())


@lru_cache(typed=True)
def kind(x):
    calls.append(x)
    return type(x).__name__


print(kind(3), kind(3.0), kind(3), kind(True), kind.cache_info())

# maxsize=0 caches nothing; negative is 0.
@lru_cache(maxsize=0)
def nothing(x):
    return x


nothing(1)
nothing(1)
print(nothing.cache_info())


@lru_cache(maxsize=-5)
def negative(x):
    return x


negative(1)
print(negative.cache_info(), negative.cache_parameters())

# cache is an unbounded lru_cache.
@cache
def tri(n):
    return 0 if n == 0 else n + tri(n - 1)


print(tri(300), tri.cache_info())

# CacheInfo is a named tuple.
info = tri.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[1], len(info), tuple(info))
hits, misses, maxsize, currsize = info
print(hits, misses, maxsize, currsize, info == (hits, misses, maxsize, currsize), type(info).__name__)

# Methods: the wrapper binds like a function; self is part of the key.
class Grid:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=None)
    def cell(self, i):
        return self.n * i

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return isinstance(other, Grid) and self.n == other.n


a, b = Grid(2), Grid(3)
print(a.cell(5), b.cell(5), a.cell(5), Grid.cell.cache_info())

# Unhashable arguments raise TypeError, and exceptions are not cached.
try:
    square([1])
except TypeError as error:
    print("TypeError:", error)
attempts = []


@lru_cache(maxsize=4)
def flaky(x):
    attempts.append(x)
    if len(attempts) < 2:
        raise ValueError("first time fails")
    return x


try:
    flaky(7)
except ValueError as error:
    print("ValueError:", error)
print(flaky(7), flaky(7), attempts, flaky.cache_info())

# Bad arguments to lru_cache.
try:
    lru_cache(maxsize="big")
except TypeError as error:
    print("TypeError:", error)
try:
    lru_cache(maxsize=3)(5)
except TypeError as error:
    print("TypeError:", error)

# A recursive cached function reentering itself at the same key.
@lru_cache(maxsize=2)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


print(collatz(27), collatz.cache_info())


# A cached classmethod: the bound method reaches the wrapper's cache_info.
class Registry:
    @classmethod
    @lru_cache(maxsize=None)
    def lookup(cls, key):
        return cls.__name__ + ":" + key


print(Registry.lookup("a"), Registry.lookup("a"), Registry.lookup.cache_info())
