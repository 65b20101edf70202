# itertools.product, permutations, combinations, combinations_with_replacement: order and errors.
from itertools import product, permutations, combinations, combinations_with_replacement


def attempt(label, make):
    try:
        print(label, make())
    except Exception as error:
        print(label, type(error).__name__, error)


print(list(product('ab', [1, 2])), list(product()), list(product('ab', repeat=2)))
print(list(product([], [1])), list(product('a', repeat=0)), list(product(range(2), 'xy', repeat=2))[:5])
print(len(list(product(range(3), repeat=4))), list(product(iter([1, 2]), iter('ab'))))
print(list(permutations('abc')), list(permutations(range(4), 2))[:6], list(permutations([], 0)))
print(list(permutations('ab', 3)), list(permutations('abc', 0)), list(permutations('abcd', r=None))[-3:])
print(len(list(permutations(range(6)))), list(permutations(range(5), 3))[40:45])
print(list(combinations('abcd', 2)), list(combinations(range(5), 3)), list(combinations('ab', 3)))
print(list(combinations('abc', 0)), list(combinations([], 0)), list(combinations([], 1)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement('ab', 3)))
print(len(list(combinations(range(10), 4))), len(list(combinations_with_replacement(range(5), 3))))
print([type(f('ab', 1)).__name__ for f in (permutations, combinations, combinations_with_replacement)], type(product()).__name__)
attempt("product kw", lambda: product(x=1))
attempt("product negative", lambda: product([1], repeat=-1))
attempt("product str", lambda: product([1], repeat='a'))
attempt("product int", lambda: product(1))
attempt("permutations none", lambda: permutations())
attempt("permutations negative", lambda: permutations([1], -1))
attempt("permutations str", lambda: permutations([1], 'a'))
attempt("permutations float", lambda: permutations([1], 1.5))
attempt("permutations int", lambda: permutations(1))
attempt("permutations kw", lambda: permutations([1], x=1))
attempt("permutations int negative", lambda: permutations(1, -1))
attempt("combinations one", lambda: combinations([1]))
attempt("combinations negative", lambda: combinations([1], -1))
attempt("combinations str", lambda: combinations([1], 'a'))
attempt("combinations int str", lambda: combinations(1, 'a'))
attempt("combinations int negative", lambda: combinations(1, -1))
attempt("cwr negative", lambda: combinations_with_replacement([1], -1))
attempt("cwr one", lambda: combinations_with_replacement([1]))
