# deque iterators, count, index, remove and `in` notice structural changes
# (appends, pops, rotations, clear, insert, remove, del) but not d[i] = x
# or reverse(), as CPython's state counter does.
from collections import deque


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__, error)


def after_first(change):
    d = deque([1, 2, 3])
    iterator = iter(d)
    next(iterator)
    change(d)
    return list(iterator)


attempt("append", lambda: after_first(lambda d: d.append(4)))
attempt("appendleft", lambda: after_first(lambda d: d.appendleft(4)))
attempt("pop", lambda: after_first(lambda d: d.pop()))
attempt("popleft", lambda: after_first(lambda d: d.popleft()))
attempt("clear", lambda: after_first(lambda d: d.clear()))
attempt("extend empty", lambda: after_first(lambda d: d.extend([])))
attempt("extend", lambda: after_first(lambda d: d.extend([1])))
attempt("rotate 0", lambda: after_first(lambda d: d.rotate(0)))
attempt("remove", lambda: after_first(lambda d: d.remove(3)))
attempt("insert", lambda: after_first(lambda d: d.insert(1, 9)))
attempt("count", lambda: after_first(lambda d: d.count(1)))
attempt("copy", lambda: after_first(lambda d: d.copy()))
attempt("reverse", lambda: after_first(lambda d: d.reverse()))


def set_first(d):
    d[0] = 7


def delete_first(d):
    del d[0]


attempt("setitem", lambda: after_first(set_first))
attempt("delitem", lambda: after_first(delete_first))


def grow_while_iterating():
    d = deque([1, 2, 3])
    for x in d:
        d.append(x)


def replace_while_iterating():
    d = deque([1, 2, 3])
    for x in d:
        d[0] = x * 10
    return d


def bounded_append():
    d = deque([1, 2, 3], maxlen=3)
    iterator = iter(d)
    next(iterator)
    d.append(4)
    return list(iterator)


attempt("for append", grow_while_iterating)
attempt("for setitem", replace_while_iterating)
attempt("bounded", bounded_append)


class Meddler:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.append(0)
        return False


victim = deque([1, 2, 3])
attempt("count meddler", lambda: victim.count(Meddler(victim)))
attempt("contains meddler", lambda: Meddler(victim) in victim)
attempt("remove meddler", lambda: victim.remove(Meddler(victim)))
attempt("index meddler", lambda: victim.index(Meddler(victim)))
print(len(victim))

stopped = iter(deque([1]))
print(next(stopped), next(stopped, "done"), next(stopped, "done"))
