# collections.deque: construction, both ends, maxlen, indexing, rotation,
# searching, operators and CPython's messages.
from collections import deque


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__, error)


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend(range(4, 7))
d.extendleft("ab")
print(d)
print(list(d), list(reversed(d)))
print(3 in d, 99 in d, "a" in d)
print(d.count(4), d.index(4), d.index(5, 2), d.index(2, -8, -2))
d.rotate()
print(d)
d.rotate(-3)
print(d)
d.rotate(100)
print(d)
d.rotate(0)
d.reverse()
print(d)
d.remove("a")
d.insert(2, "x")
d.insert(-1, "y")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
del d[3]
d[0] = "S"
d[-1] = "E"
print(d, d[2])
c = d.copy()
c.clear()
print(c, d, bool(c), bool(d))

# maxlen
bounded = deque(range(10), maxlen=3)
print(bounded, bounded.maxlen, deque().maxlen)
bounded.append(10)
print(bounded)
bounded.appendleft(-1)
print(bounded)
bounded.extendleft([7, 8, 9])
print(bounded)
print(deque([], maxlen=0), deque("abc", 0))
zero = deque(maxlen=0)
zero.append(1)
print(zero, len(zero))
print(deque("ab", maxlen=5) + deque("cdefg"))
print(deque([1, 2], maxlen=3) * 2, 2 * deque([1]), deque([1, 2]) * 0, deque([1, 2]) * -1)
repeated = deque([1, 2])
repeated *= 3
print(repeated)
joined = deque([1])
joined += [2, 3]
joined += joined
print(joined)
joined.extend(joined)
print(joined, len(joined))

# comparisons
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == deque([1]), deque([1]) == [1])
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) < deque([1, 2, 0]), deque([2]) > deque([1, 9]))
print(deque([1, 2]) <= deque([1, 2]), deque([1, 2]) >= deque([1, 2, 3]), deque() != deque())
print(deque([1]) == deque([1.0]))

# repr
r = deque([1])
r.append(r)
print(r)
print(deque([deque([1, 2], maxlen=2)]), repr(deque()), str(deque("xy")))
print(type(deque()), deque.__name__, type(iter(deque())))

# errors
attempt("maxlen<0", lambda: deque([1, 2], maxlen=-1))
attempt("maxlen float", lambda: deque([1, 2], maxlen=1.5))
attempt("maxlen str", lambda: deque([1, 2], "x"))
attempt("not iterable", lambda: deque(1))
attempt("too many", lambda: deque([1], [2], [3]))
attempt("bad keyword", lambda: deque(x=1))
attempt("pop", lambda: deque().pop())
attempt("popleft", lambda: deque().popleft())
attempt("remove", lambda: deque([1]).remove(2))
attempt("index", lambda: deque([1]).index(2))
attempt("index range", lambda: deque([1, 2, 3]).index(3, 0, 2))
attempt("index start", lambda: deque([1, 2]).index(1, "a"))
attempt("getitem", lambda: deque([1])[5])
attempt("getitem neg", lambda: deque([1, 2])[-3])
attempt("slice", lambda: deque([1])[1:2])
attempt("str index", lambda: deque([1])["a"])
attempt("full insert", lambda: deque([1, 2], maxlen=2).insert(0, 5))
attempt("concat", lambda: deque([1]) + [2])
attempt("list concat", lambda: [2] + deque([1]))
attempt("repeat", lambda: deque([1]) * "x")
attempt("compare", lambda: deque([1]) < [1])
attempt("hash", lambda: hash(deque()))
attempt("rotate str", lambda: deque([1]).rotate("x"))
attempt("rotate big", lambda: deque([1, 2, 3]).rotate(10 ** 30))
attempt("rotate kw", lambda: deque([1]).rotate(n=1))
attempt("append none", lambda: deque([1]).append())
attempt("count none", lambda: deque([1]).count())
attempt("pop arg", lambda: deque([1]).pop(0))
attempt("insert one", lambda: deque([1]).insert(0))


def set_item():
    x = deque([1])
    x[3] = 1


def delete_item():
    x = deque([1])
    del x[3]


def set_maxlen():
    x = deque()
    x.maxlen = 3


def set_other():
    x = deque()
    x.foo = 3


attempt("setitem", set_item)
attempt("delitem", delete_item)
attempt("maxlen", set_maxlen)
attempt("attribute", set_other)
