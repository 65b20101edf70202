# BaseExceptionGroup / ExceptionGroup construction: CPython's checks and
# messages, the class chosen, message, exceptions, str and repr.


def attempt(cls, *args):
    try:
        group = cls(*args)
    except (TypeError, ValueError) as error:
        print(cls.__name__, "->", type(error).__name__, error)
        return None
    print(cls.__name__, "->", type(group).__name__, repr(group), "|", str(group))
    return group


for cls in (BaseExceptionGroup, ExceptionGroup):
    attempt(cls)
    attempt(cls, "only a message")
    attempt(cls, "m", 1)
    attempt(cls, "m", [])
    attempt(cls, "m", ())
    attempt(cls, 1, [ValueError()])
    attempt(cls, "m", [1])
    attempt(cls, "m", [ValueError(), "x"])
    attempt(cls, "m", [ValueError()], 3)
    attempt(cls, "m", [ValueError(1)])
    attempt(cls, "m", (ValueError(1), TypeError(2)))
    attempt(cls, "m", [KeyboardInterrupt()])
    attempt(cls, "m", [ValueError(), SystemExit(2)])
    attempt(cls, "", [ValueError()])

group = ExceptionGroup("several", [ValueError(1), TypeError("two"), KeyError("k")])
print(group.message, group.exceptions, group.args)
print(type(group.exceptions).__name__, len(group.exceptions))
print(str(group), repr(group))
listed = [ZeroDivisionError()]
made = ExceptionGroup("from a list", listed)
listed.append(ValueError())
print(len(made.exceptions), repr(made))

print(isinstance(group, ExceptionGroup), isinstance(group, BaseExceptionGroup))
print(isinstance(group, Exception), isinstance(group, BaseException))
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, ExceptionGroup))
base = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(isinstance(base, Exception), isinstance(base, ExceptionGroup), type(base).__name__)
promoted = BaseExceptionGroup("p", [ValueError()])
print(type(promoted).__name__, isinstance(promoted, Exception))

# Groups are exceptions like any other: raised, caught by their classes.
for raised in (group, base, promoted):
    try:
        raise raised
    except Exception as caught:
        print("caught as Exception:", repr(caught), caught is raised)
    except BaseException as caught:
        print("caught as BaseException:", repr(caught), caught is raised)

try:
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2)])])
except ExceptionGroup as caught:
    print(caught.message, [type(e).__name__ for e in caught.exceptions])
    inner = caught.exceptions[1]
    print(inner.message, inner.exceptions, str(inner))

try:
    raise BaseExceptionGroup("tuple of one", (StopIteration(5),))
except BaseExceptionGroup as caught:
    print(type(caught).__name__, caught.exceptions[0].value)
