# itertools.groupby (a shared iterator: advancing the groupby ends the previous group) and tee.
from itertools import groupby, tee


def attempt(label, make):
    try:
        print(label, make())
    except Exception as error:
        print(label, type(error).__name__, error)


print([(k, list(g)) for k, g in groupby('aaabccdaa')])
print([k for k, g in groupby([1, 1, 2, 3, 3, 3])], list(groupby([])))
print([(k, len(list(g))) for k, g in groupby(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda w: w[0])])
print([(k, list(g)) for k, g in groupby([1, 2, 4, 6, 7, 9], lambda n: n % 2)])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
outer = groupby('xxyyz')
key1, group1 = next(outer)
print(key1, next(group1))
key2, group2 = next(outer)
print(key2, list(group1), list(group2))
grouped = groupby('aab')
k, g = next(grouped)
print(next(g), next(g), next(g, 'end'), next(grouped)[0])
calls = []


def key(x):
    calls.append(x)
    return x // 10


print([(k, list(g)) for k, g in groupby([1, 5, 12, 18, 31], key)], calls)
print(type(groupby([])).__name__, type(next(groupby('a'))[1]).__name__)
attempt("groupby none", lambda: groupby())
attempt("groupby int", lambda: groupby(1))
attempt("groupby kw", lambda: groupby([], x=1))
attempt("groupby key error", lambda: list(groupby([1, 'a', 2], key=lambda v: v + 1)))


class Odd:
    def __eq__(self, other):
        raise ValueError("no comparing")


attempt("groupby eq error", lambda: list(groupby([Odd(), Odd()])))

a, b = tee([1, 2, 3])
print(next(a), next(a), list(b), list(a))
x, y, z = tee(iter('abcd'), 3)
print(list(x), list(y), list(z))
print(tee([1], 0), len(tee(range(3), 5)), type(tee([])[0]).__name__)
produced = []


def gen():
    for i in range(130):
        produced.append(i)
        yield i


p, q = tee(gen())
print(sum(p), len(produced), sum(q), len(produced))
first, = tee('xyz', 1)
c1, c2 = tee(first)
print(next(first), list(c1), list(c2))
t1, t2 = tee(range(4))
t3 = t1.__copy__()
print(next(t1), list(t3), list(t1), list(t2))
attempt("tee none", lambda: tee())
attempt("tee negative", lambda: tee([], -1))
attempt("tee str", lambda: tee([], 'a'))
attempt("tee kw", lambda: tee([], n=2))
attempt("tee int", lambda: tee(1))
attempt("tee args", lambda: tee([], 2, 3))
attempt("tee int zero", lambda: tee(1, 0))
