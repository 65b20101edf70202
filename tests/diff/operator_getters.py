# operator.itemgetter, attrgetter (dotted names), methodcaller: results, reprs, errors.
from operator import itemgetter, attrgetter, methodcaller


def attempt(label, make):
    try:
        print(label, repr(make()))
    except Exception as error:
        print(label, type(error).__name__, error)


rows = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), list(map(itemgetter(2, 0), rows)))
print(itemgetter(1)('abc'), itemgetter(slice(0, 2))('abc'), itemgetter(0, 1)('abc'), itemgetter('k')({'k': 9}))
print(itemgetter(-1)([1, 2, 3]), itemgetter(0, 0)([5]))
print(repr(itemgetter(1)), repr(itemgetter('x', 2)), repr(itemgetter(slice(1, 2))), type(itemgetter(1)))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.origin = None

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)


class Segment:
    def __init__(self, start, end):
        self.start, self.end = start, end


segment = Segment(Point(1, 2), Point(3, 4))
print(attrgetter('x')(Point(5, 6)), attrgetter('x', 'y')(Point(5, 6)), attrgetter('start.x', 'end.y')(segment))
print(attrgetter('real', 'imag')(3), sorted([Point(2, 1), Point(1, 5)], key=attrgetter('x')))
print(repr(attrgetter('x')), repr(attrgetter('a.b', 'c')), type(attrgetter('x')).__name__)
print(methodcaller('split', ',')('a,b'), methodcaller('split', sep='-')('a-b'), methodcaller('upper')('hi'))
print(methodcaller('count', 'a')('banana'), methodcaller('get', 'k', 0)({}))
print(repr(methodcaller('split')), repr(methodcaller('f', 1, x=2)), repr(methodcaller('f', 'a', x=[1])))
print(itemgetter(1) == itemgetter(1), callable(itemgetter(0)), callable(methodcaller('x')))
attempt("itemgetter none", lambda: itemgetter())
attempt("itemgetter kw", lambda: itemgetter(1, x=2))
attempt("itemgetter index", lambda: itemgetter(1)([]))
attempt("itemgetter two args", lambda: itemgetter(1)(1, 2))
attempt("itemgetter call kw", lambda: itemgetter(1)(x=1))
attempt("attrgetter none", lambda: attrgetter())
attempt("attrgetter int", lambda: attrgetter(1))
attempt("attrgetter missing", lambda: attrgetter('x')(1))
attempt("attrgetter call none", lambda: attrgetter('x')())
attempt("attrgetter dotted missing", lambda: attrgetter('real.bad')(3))
attempt("attrgetter none link", lambda: attrgetter('origin.x')(Point(1, 1)))
attempt("methodcaller none", lambda: methodcaller())
attempt("methodcaller int", lambda: methodcaller(1))
attempt("methodcaller missing", lambda: methodcaller('x')(1))
attempt("methodcaller bad args", lambda: methodcaller('split', 1)('a'))
