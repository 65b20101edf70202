# operator's functions: the same results and TypeErrors as the operators they name.
import operator
from operator import add, sub, mul, truediv, floordiv, mod, pow, neg, pos, not_, truth, concat, index


def attempt(label, make):
    try:
        print(label, repr(make()))
    except Exception as error:
        print(label, type(error).__name__, error)


print(add(1, 2), add('a', 'b'), add([1], [2]), sub(5, 7), mul('ab', 3), mul(2.5, 2), truediv(7, 2), floordiv(-7, 2))
print(mod(-7, 3), mod(7.5, 2), pow(2, 10), pow(2, -1), pow(2.0, 0.5), neg(5), neg(-2.5), pos(-3), abs(-4), operator.abs(-4.5))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.inv(0))
print(operator.lshift(1, 70), operator.rshift(-16, 2), operator.and_({1, 2}, {2, 3}), operator.or_({1}, {2}))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq('a', 'a'), operator.ne(1, 1.0), operator.gt(3, 2.5), operator.ge([1], [1, 0]))
print(not_(0), not_([1]), truth(''), truth(3), operator.is_(None, None), operator.is_not(1, None))
print(index(7), index(True), index(2 ** 80), concat('ab', 'cd'), concat([1], [2]), concat((1,), (2,)), concat(b'a', b'b'))
print(operator.contains([1, 2], 2), operator.contains('abc', 'd'), operator.countOf([1, 2, 1, 1], 1), operator.indexOf('abc', 'c'))
nan = float('nan')
print(operator.countOf([nan, nan], nan), operator.indexOf([0, False, 0.0], False))
data = [1, 2, 3]
operator.setitem(data, 0, 'x')
operator.delitem(data, 1)
print(data, operator.getitem(data, -1), operator.getitem('hello', slice(1, 3)), operator.getitem({'k': 1}, 'k'))
print(operator.call(max, 3, 9, 2), operator.call(sorted, [3, 1], reverse=True), operator.length_hint([1, 2, 3]))
print(operator.length_hint('abcd', 5), operator.length_hint(5, 9), operator.matmul is operator.__matmul__)


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __index__(self):
        return self.x

    def __len__(self):
        return 2

    def __repr__(self):
        return 'Vector(%r, %r)' % (self.x, self.y)


v, w = Vector(1, 2), Vector(3, 4)
print(add(v, w), operator.matmul(v, w), neg(v), index(v), operator.length_hint(v))


class Hint:
    def __length_hint__(self):
        return 12


print(operator.length_hint(Hint()), operator.length_hint(Hint(), 3))
attempt("add one", lambda: add(1))
attempt("add three", lambda: add(1, 2, 3))
attempt("add kw", lambda: add(a=1, b=2))
attempt("add mixed", lambda: add(1, 'a'))
attempt("neg str", lambda: neg('a'))
attempt("pos str", lambda: pos('a'))
attempt("abs str", lambda: operator.abs('a'))
attempt("invert float", lambda: operator.invert(1.5))
attempt("not none", lambda: not_())
attempt("truth kw", lambda: truth(x=1))
attempt("neg none", lambda: neg())
attempt("index float", lambda: index(1.5))
attempt("concat ints", lambda: concat(1, 2))
attempt("concat list tuple", lambda: concat([1], (2,)))
attempt("concat list int", lambda: concat([1], 2))
attempt("concat tuple list", lambda: concat((1,), [2]))
attempt("matmul ints", lambda: operator.matmul(1, 2))
attempt("truediv zero", lambda: truediv(1, 0))
attempt("mod zero", lambda: mod(1, 0))
attempt("lshift negative", lambda: operator.lshift(1, -1))
attempt("lt mixed", lambda: operator.lt(1, 'a'))
attempt("contains int", lambda: operator.contains(1, 2))
attempt("countOf int", lambda: operator.countOf(1, 1))
attempt("indexOf missing", lambda: operator.indexOf([1, 2], 3))
attempt("getitem range", lambda: operator.getitem([1], 5))
attempt("getitem int", lambda: operator.getitem(1, 5))
attempt("delitem range", lambda: operator.delitem([1], 5))
attempt("setitem one", lambda: operator.setitem(1))
attempt("length_hint none", lambda: operator.length_hint())
attempt("length_hint three", lambda: operator.length_hint(1, 2, 3))
attempt("length_hint str default", lambda: operator.length_hint([], 'a'))
attempt("call none", lambda: operator.call())
attempt("is_ one", lambda: operator.is_(1))
print(operator.add, operator.__add__ is operator.add, operator.__not__, operator.__inv__ is operator.inv)
