# Run-time errors of except* clauses: group classes and non-exceptions as
# types, and errors in a clause's type expression.


def attempt(label, kind):
    print("--", label)
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* kind:
            print("handler ran")
    except TypeError as error:
        print("TypeError:", error, "| context:", repr(error.__context__))
    except BaseException as other:
        print("other:", repr(other))


attempt("ExceptionGroup", ExceptionGroup)
attempt("BaseExceptionGroup", BaseExceptionGroup)
attempt("tuple with a group", (ValueError, ExceptionGroup))
attempt("int", int)
attempt("instance", ValueError())
attempt("tuple with int", (ValueError, 3))


class MyGroup(ExceptionGroup):
    pass


attempt("group subclass", MyGroup)

print("-- checked even when nothing is left to match")
try:
    try:
        raise ValueError(1)
    except* ValueError:
        print("handled")
    except* ExceptionGroup:
        print("not reached")
except TypeError as error:
    print("TypeError:", error)

print("-- the type expression raising")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* undefined_name:
        print("not reached")
except NameError as error:
    print("NameError:", error, repr(error.__context__))

print("-- except (not star) catching groups is fine")
try:
    raise ExceptionGroup("g", [ValueError(1)])
except ExceptionGroup as caught:
    print("caught", repr(caught))
