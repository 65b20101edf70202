# Exceptions raised inside except* handlers, bare raise, raise e, raise from:
# how they combine with the unhandled rest.


def run(label, make, handler):
    print("--", label)
    try:
        try:
            raise make()
        except* ValueError as e:
            handler(e)
        except* TypeError as e:
            print("TypeError clause", repr(e))
    except BaseException as escaped:
        print("escaped:", repr(escaped))
        for part in getattr(escaped, "exceptions", ()):
            print("   part", repr(part), "context:", repr(part.__context__), "cause:", repr(part.__cause__))
        print("   context:", repr(escaped.__context__))


def new_error(e):
    raise KeyError("new")


def chained(e):
    raise KeyError("chained") from e


def unchained(e):
    raise KeyError("unchained") from None


def reraise_as_is(e):
    raise e


def quiet(e):
    pass


two = lambda: ExceptionGroup("g", [ValueError(1), TypeError(2)])
three = lambda: ExceptionGroup("g", [ValueError(1), OSError(2), ValueError(3)])
for label, handler in (("new", new_error), ("from e", chained), ("from None", unchained),
                       ("raise e", reraise_as_is), ("quiet", quiet)):
    run(label + ", two", two, handler)
    run(label + ", three", three, handler)
    run(label + ", naked", lambda: ValueError("naked"), handler)

print("-- bare raise keeps the group's shape")
for make in (two, three, lambda: ValueError("naked"),
             lambda: ExceptionGroup("o", [ExceptionGroup("i", [ValueError(1), OSError(2)]), ValueError(3)])):
    try:
        try:
            raise make()
        except* ValueError:
            raise
        except* TypeError:
            print("TypeError clause")
    except BaseException as escaped:
        print("escaped:", repr(escaped))

print("-- several handlers raise")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3), KeyError(4)])
    except* ValueError:
        raise RuntimeError("from ValueError")
    except* TypeError:
        raise
    except* OSError as e:
        raise ExceptionGroup("replacement", [ArithmeticError()])
except ExceptionGroup as escaped:
    print(repr(escaped))

print("-- a handler raising a group caught outside")
try:
    try:
        raise ValueError(1)
    except* ValueError:
        raise ExceptionGroup("nested", [TypeError(2)])
except* TypeError as e:
    print("outer clause", repr(e))

print("-- nested try inside a handler")
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as e:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        print("inner", repr(inner), repr(inner.__context__))
    print("still handling", repr(e))

print("-- finally runs on the way out")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2)])
    except* ValueError:
        print("handled ValueError")
    finally:
        print("finally")
except* OSError as e:
    print("outer", repr(e))
