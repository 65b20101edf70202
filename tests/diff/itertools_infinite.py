# itertools.count, cycle, repeat: values, reprs, argument errors.
import itertools
from itertools import count, cycle, repeat, islice


def attempt(label, make):
    try:
        print(label, make())
    except Exception as error:
        print(label, type(error).__name__, error)


print(list(islice(count(), 4)), list(islice(count(10), 3)), list(islice(count(1, 3), 4)))
print(list(islice(count(2.5, 0.5), 3)), list(islice(count(5, -2), 4)), list(islice(count(True), 3)))
print(list(islice(count(True, 2), 3)), list(islice(count(1.5, True), 3)))
print(repr(count()), repr(count(5)), repr(count(0, 2)), repr(count(1.5)), repr(count(5, 1.0)), repr(count(True, 2)))
print(repr(count(2 ** 70)), repr(count(0, -1)), repr(count(1.5, True)))
c = count(3)
next(c)
next(c)
print(repr(c), next(c), repr(c))
big = count(2 ** 63 - 2)
print(next(big), next(big), next(big))
print(type(count()).__name__, type(count()), type(count()).__module__)
attempt("count str", lambda: count('a'))
attempt("count step", lambda: count(1, 'a'))
attempt("count args", lambda: count(1, 2, 3))
attempt("count kw", lambda: count(x=1))
print(list(islice(count(step=3, start=1), 3)))

print(list(islice(cycle('abc'), 7)), list(cycle([])), list(islice(cycle(range(2)), 5)))
attempt("cycle none", lambda: cycle())
attempt("cycle int", lambda: cycle(1))
attempt("cycle kw", lambda: cycle([], x=1))
seen = []


def source():
    for letter in 'xy':
        seen.append(letter)
        yield letter


cy = cycle(source())
print([next(cy) for _ in range(5)], seen)

print(list(repeat('x', 3)), list(repeat(None, 0)), list(repeat(1, -2)), list(islice(repeat(7), 3)))
print(repr(repeat(1, 3)), repr(repeat('a')), repr(repeat(1, -3)), repr(repeat([1, 2], times=2)))
r = repeat('z', 2)
next(r)
print(repr(r), list(r), repr(r))
attempt("repeat none", lambda: repeat())
attempt("repeat str", lambda: repeat(1, 'a'))
attempt("repeat big", lambda: repeat(1, 2 ** 70))
attempt("repeat args", lambda: repeat(1, 2, 3))
attempt("repeat kw", lambda: repeat(1, time=2))
print(list(map(pow, range(4), repeat(2))))
print(itertools.count is count, count.__name__, count.__module__)
