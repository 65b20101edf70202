# contextlib.contextmanager: enter, exit, exceptions thrown in, suppression, decorators.
import contextlib
from contextlib import contextmanager


@contextmanager
def tag(name):
    "Print an opening and a closing tag."
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")


with tag("a") as value:
    print("inside", value)
with tag("outer"), tag("inner") as inner:
    print("nested", inner)
print(tag.__name__, tag.__doc__, tag.__wrapped__.__name__, type(tag("x")).__name__)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as error:
    print("caught", error)


@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as error:
        print("swallowed", repr(error))


with swallow(KeyError):
    raise KeyError("k")
print("after swallow")
try:
    with swallow(KeyError):
        raise IndexError("not swallowed")
except IndexError as error:
    print("IndexError:", error)


@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as error:
        raise ArithmeticError("translated") from error


try:
    with translate():
        1 / 0
except ArithmeticError as error:
    print(type(error).__name__, error, type(error.__cause__).__name__)


@contextmanager
def value_after():
    yield 1
    print("after the block")


with value_after() as one:
    print("got", one)


def function_returning(x):
    return x


# Generator results are seen by the code after yield.
@contextmanager
def recorder(log):
    log.append("enter")
    try:
        yield log
    except Exception as error:
        log.append("error " + str(error))
    else:
        log.append("ok")
    finally:
        log.append("exit")


log = []
with recorder(log):
    log.append("body")
with recorder(log):
    raise RuntimeError("bad")
print(log)

# The protocol errors.
@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for make, fail in [(no_yield, False), (two_yields, False), (two_yields, True)]:
    try:
        with make():
            if fail:
                raise KeyError("inside")
    except RuntimeError as error:
        print("RuntimeError:", error)
    except KeyError as error:
        print("KeyError:", error)


@contextmanager
def ignores_exception():
    try:
        yield
    except ValueError:
        yield "again"


try:
    with ignores_exception():
        raise ValueError
except RuntimeError as error:
    print("RuntimeError:", error)

# StopIteration raised in the block passes through.
@contextmanager
def plain():
    yield


try:
    with plain():
        raise StopIteration(3)
except StopIteration as error:
    print("StopIteration", error.args)
try:
    with plain():
        raise GeneratorExit
except GeneratorExit:
    print("GeneratorExit passes")

# A manager object is used once.
manager = plain()
with manager:
    pass
try:
    with manager:
        pass
except AttributeError as error:
    print("AttributeError:", error)

# Arguments reach the generator; a function as decorator runs in a fresh manager each call.
@contextmanager
def section(title, *, width=10):
    print(("[" + title + "]").center(width, "-"))
    yield
    print("-" * width)


@section("work", width=12)
def work(x, y=1):
    "Do the work."
    print("working", x, y)
    return x + y


print(work(1), work(2, y=5), work.__name__, work.__doc__)


@swallow(ZeroDivisionError)
def divide(a, b):
    return a / b


print(divide(1, 2), divide(1, 0))
