# Exceptions raised and caught in a loop, with tracebacks of every depth
# (entries kept inside the exception, then grown on the heap), re-raised,
# chained, and instances of a class with and without __init__.


class ParseError(Exception):
    pass


class CodedError(ValueError):
    def __init__(self, code, text):
        super().__init__(text)
        self.code = code


def parse_digit(c):
    if "0" <= c <= "9":
        return ord(c) - 48
    raise ParseError("not a digit: " + c)


def deep(n):
    if n == 0:
        raise CodedError(n, "bottom")
    return deep(n - 1) + 1


caught = 0
value = 0
for c in "12a45b7c9d" * 50:
    try:
        value = value * 10 % 1000003 + parse_digit(c)
    except ParseError as error:
        caught += 1
        last = error
print(caught, value, last.args, type(last).__name__, str(last))

for depth in range(8):
    try:
        deep(depth)
    except CodedError as error:
        print(depth, error.code, error.args, repr(error))

kept = []
for i in range(5):
    try:
        try:
            deep(i)
        except ValueError as inner:
            raise ParseError("wrapped %d" % i) from inner
    except ParseError as outer:
        kept.append(outer)
print([(str(e), type(e.__cause__).__name__, e.__cause__.args) for e in kept])

try:
    try:
        parse_digit("x")
    except ParseError:
        parse_digit("y")
except ParseError as error:
    print(error, "context:", error.__context__)


def reraise(n):
    try:
        deep(n)
    except CodedError:
        raise


try:
    reraise(6)
except CodedError as error:
    print("re-raised", error.code, error)

deep(5)
