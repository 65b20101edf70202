# try/except*: which clauses run and with what, naked exceptions, else and
# finally, the unhandled rest.


def run(label, make):
    print("--", label)
    try:
        try:
            raise make()
        except* ValueError as e:
            print("ValueError clause:", repr(e), type(e).__name__)
        except* (TypeError, KeyError) as e:
            print("TypeError/KeyError clause:", repr(e))
        except* ArithmeticError:
            print("ArithmeticError clause")
        else:
            print("else")
        finally:
            print("finally")
    except BaseException as escaped:
        print("escaped:", type(escaped).__name__, repr(escaped))


run("naked ValueError", lambda: ValueError(1))
run("naked KeyError", lambda: KeyError(2))
run("naked unmatched", lambda: OSError(3))
run("group all matched", lambda: ExceptionGroup("g", [ValueError(1), TypeError(2), ZeroDivisionError()]))
run("group partly matched", lambda: ExceptionGroup("g", [ValueError(1), OSError(2), KeyError(3)]))
run("group unmatched", lambda: ExceptionGroup("g", [OSError(1), RuntimeError(2)]))
run("nested", lambda: ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [OSError(2), ValueError(3)]),
                                                ExceptionGroup("other", [TypeError(4)])]))
run("base group", lambda: BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(5)]))

print("-- no exception")
try:
    print("body")
except* ValueError:
    print("not reached")
else:
    print("else")
finally:
    print("finally")

print("-- identity")
original = ExceptionGroup("g", [ValueError(1)])
try:
    raise original
except* ValueError as e:
    print(e is original)
naked = ValueError("naked")
try:
    raise naked
except* ValueError as e:
    print(e is naked, e.exceptions[0] is naked, repr(e), e.message == "")
try:
    try:
        raise naked
    except* TypeError:
        print("not reached")
except ValueError as escaped:
    print(escaped is naked)
interrupt = KeyboardInterrupt()
try:
    raise interrupt
except* KeyboardInterrupt as e:
    print(type(e).__name__, e.exceptions[0] is interrupt)

print("-- the same class in two clauses")
try:
    raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
except* ValueError as e:
    print("first", repr(e))
except* ValueError as e:
    print("second", repr(e))

print("-- clauses evaluate their types when reached")


def types(name, value):
    print("evaluating", name)
    return value


try:
    raise ExceptionGroup("g", [TypeError()])
except* types("ValueError", ValueError):
    print("not reached")
except* types("TypeError", TypeError):
    print("TypeError")
except* types("KeyError", KeyError):
    print("not reached")
