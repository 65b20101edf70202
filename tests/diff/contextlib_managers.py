# contextlib.suppress, nullcontext and closing.
from contextlib import suppress, nullcontext, closing
import contextlib

with suppress(KeyError):
    {}["missing"]
print("KeyError suppressed")
with suppress(LookupError):
    [][3]
print("IndexError suppressed as a LookupError")
with suppress(ValueError, TypeError):
    int("x")
print("ValueError suppressed")
with suppress():
    pass
print("nothing to suppress")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)
try:
    with suppress():
        raise ValueError("empty suppress")
except ValueError as error:
    print("ValueError:", error)


def first_word(text):
    with suppress(IndexError):
        return text.split()[0]
    return None


print(first_word("hello world"), first_word(""))

# Exception groups: the matching part is dropped, the rest raised.
with suppress(ValueError):
    raise ExceptionGroup("all", [ValueError(1), ValueError(2)])
print("whole group suppressed")
try:
    with suppress(ValueError):
        raise ExceptionGroup("mixed", [ValueError(1), TypeError(2)])
except ExceptionGroup as group:
    print(repr(group), group.exceptions)

s = suppress(OSError)
with s:
    raise FileNotFoundError("reused once")
with s:
    raise PermissionError("reused twice")
print(type(s), type(s).__name__)

with nullcontext() as nothing:
    print(nothing)
with nullcontext(42) as value:
    print(value)
with nullcontext(enter_result=[1, 2]) as items:
    print(items)


def maybe_open(resource):
    return nullcontext(resource) if resource else suppress(Exception)


with maybe_open("text") as r:
    print("using", r)
with maybe_open(None) as r:
    print("using", r)
    raise RuntimeError("hidden")
print("after hidden")


class Connection:
    def __init__(self, name):
        self.name = name
        self.open = True

    def close(self):
        self.open = False
        print("closing", self.name)


with closing(Connection("db")) as connection:
    print("open:", connection.open)
print("open after:", connection.open)
try:
    with closing(Connection("net")):
        raise OSError("lost")
except OSError as error:
    print("OSError:", error)
try:
    with closing(object()):
        pass
except AttributeError as error:
    print("AttributeError:", error)
