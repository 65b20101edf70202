# itertools.accumulate, chain, chain.from_iterable, compress, pairwise, starmap, zip_longest, batched.
import operator
from itertools import accumulate, chain, compress, pairwise, starmap, zip_longest, batched


def attempt(label, make):
    try:
        print(label, make())
    except Exception as error:
        print(label, type(error).__name__, error)


print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([])))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=5)), list(accumulate('abc')))
print(list(accumulate([2, 3, 4], operator.mul)), list(accumulate([1, 2], func=operator.sub, initial=10)))
print(list(accumulate([1, 2, 3], initial=None)))
attempt("accumulate none", lambda: accumulate())
attempt("accumulate int", lambda: accumulate(1))
attempt("accumulate kw", lambda: accumulate([1], x=1))
attempt("accumulate mixed", lambda: list(accumulate([1, 'a'])))

print(list(chain()), list(chain('ab', [1, 2], (3,))), list(chain.from_iterable(['xy', [1], ()])))
print(list(chain.from_iterable(map(range, [1, 2, 3]))))
attempt("chain kw", lambda: chain(x=1))
attempt("chain int", lambda: list(chain([1], 2)))
attempt("from_iterable none", lambda: chain.from_iterable())
attempt("from_iterable int", lambda: chain.from_iterable(1))
lazy = chain([1], 5)
print(next(lazy))
attempt("lazy", lambda: next(lazy))
attempt("after", lambda: next(lazy, 'done'))
print(type(chain()).__name__, type(chain.from_iterable([])).__name__)

print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress('ab', [1, 1, 1, 1])), list(compress('abcd', [0, 1])))
print(list(compress(data=range(5), selectors=[True, False] * 3)))
attempt("compress none", lambda: compress())
attempt("compress one", lambda: compress([1]))
attempt("compress int", lambda: compress(1, 2))

print(list(pairwise('abcd')), list(pairwise([1])), list(pairwise([])), list(pairwise(range(4))))
attempt("pairwise none", lambda: pairwise())
attempt("pairwise int", lambda: pairwise(1))
attempt("pairwise kw", lambda: pairwise([], x=1))

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, ['ab', [3, 1, 2]])))
print(list(starmap(lambda *a: a, [(), (1,), [2, 3]])))
attempt("starmap one", lambda: starmap(1))
attempt("starmap item", lambda: list(starmap(pow, [1])))
attempt("starmap kw", lambda: starmap(pow, [], x=1))

print(list(zip_longest('abc', [1])), list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()))
print(list(zip_longest([], [])), list(zip_longest(range(3))), list(zip_longest('a', 'bc', 'def', fillvalue=0)))
attempt("zip_longest kw", lambda: zip_longest(x=1))
attempt("zip_longest two kw", lambda: zip_longest([], fillvalue=1, x=2))
attempt("zip_longest int", lambda: zip_longest([], 1))

print(list(batched('abcdefg', 3)), list(batched([], 2)), list(batched(range(4), 2)), list(batched('ab', 5)))
print(list(batched(iterable=range(3), n=1)))
attempt("batched one", lambda: batched([1]))
attempt("batched zero", lambda: batched([1], 0))
attempt("batched str", lambda: batched([1], 'a'))
attempt("batched int", lambda: batched(1, 2))
