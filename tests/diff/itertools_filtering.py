# itertools.dropwhile, takewhile, filterfalse, islice: laziness, argument forms, errors.
from itertools import dropwhile, takewhile, filterfalse, islice, count


def attempt(label, make):
    try:
        print(label, make())
    except Exception as error:
        print(label, type(error).__name__, error)


calls = []


def small(x):
    calls.append(x)
    return x < 3


print(list(dropwhile(small, [1, 2, 5, 1, 7])), calls)
calls.clear()
print(list(takewhile(small, [1, 2, 5, 1, 7])), calls)
print(list(dropwhile(lambda x: True, [1, 2])), list(takewhile(lambda x: True, [1, 2])), list(dropwhile(bool, [])))
print(list(filterfalse(None, [0, 1, '', 'a', [], [0]])), list(filterfalse(lambda x: x % 2, range(8))))
print(list(filterfalse(bool, [0, 3, None])))
tw = takewhile(lambda x: x < 2, iter([0, 1, 2, 0]))
print(list(tw), list(tw))
attempt("dropwhile one", lambda: dropwhile(None))
attempt("dropwhile kw", lambda: dropwhile(None, [], x=1))
attempt("takewhile one", lambda: takewhile(1))
attempt("filterfalse one", lambda: filterfalse(1))
attempt("dropwhile int", lambda: dropwhile(None, 1))
attempt("predicate error", lambda: list(takewhile(len, [[1], 2])))

print(list(islice('abcdefg', 3)), list(islice('abcdefg', 2, 5)), list(islice('abcdefg', 1, None, 2)))
print(list(islice('abcdefg', None)), list(islice('abcdefg', 0)), list(islice('abc', 5, 10)), list(islice('abcdefg', None, None, 3)))
print(list(islice(count(), 2, 20, 7)), list(islice(range(5), True)))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
it = iter(range(10))
print(list(islice(it, 3, 3)), next(it))
for args in [(), ([],), ([], 1, 2, 3, 4), ([], -1), ([], 'a'), ([], -5), ([], -1, 2), ([], 1, -2), ([], 1, 2, 0),
             ([], 1, 2, -1), ([], 1, 2, 'a'), ([], 'a', 2), (1, 2), ([], 1.5), ([], 2 ** 70), ([], 2 ** 70, 3), ([], 1, 2, 2 ** 70)]:
    attempt("islice%r" % (args,), lambda: list(islice(*args)))
attempt("islice kw", lambda: islice([], stop=1))
