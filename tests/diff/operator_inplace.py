# operator's in-place functions: they mutate what `a op= b` mutates and return the result.
import operator

items = [1]
result = operator.iadd(items, (2, 3))
print(result, items, result is items)
result = operator.iconcat(items, [4])
print(result, items, result is items)
result = operator.imul(items, 2)
print(result, items, result is items)
numbers = {1, 2}
print(operator.ior(numbers, {3}), numbers, operator.iand(numbers, {1, 3}), numbers)
print(operator.ixor({1, 2}, {2, 3}), operator.isub({1, 2, 3}, {2}))
text = 'ab'
print(operator.iadd(text, 'c'), text)
print(operator.iadd(1, 2), operator.isub(5, 7), operator.imul(3, 4), operator.itruediv(7, 2), operator.ifloordiv(7, 2))
print(operator.imod(7, 3), operator.ipow(2, 8), operator.ilshift(1, 4), operator.irshift(256, 3), operator.iand(6, 3))
print(operator.ior(4, 1), operator.ixor(6, 3), operator.__iadd__ is operator.iadd)


class Counter:
    def __init__(self):
        self.total = 0

    def __iadd__(self, other):
        self.total += other
        return self

    def __repr__(self):
        return 'Counter(%d)' % self.total


counter = Counter()
print(operator.iadd(counter, 5) is counter, counter, operator.iadd(counter, 2))


def attempt(label, make):
    try:
        print(label, repr(make()))
    except Exception as error:
        print(label, type(error).__name__, error)


attempt("ipow list", lambda: operator.ipow([1], 2))
attempt("iadd mixed", lambda: operator.iadd(1, 'a'))
attempt("iconcat ints", lambda: operator.iconcat(1, 2))
attempt("isub lists", lambda: operator.isub([1], [1]))
attempt("imatmul", lambda: operator.imatmul(2, 3))
attempt("iadd one", lambda: operator.iadd(1))
