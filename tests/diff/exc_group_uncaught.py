# An uncaught nested group: CPython's boxed traceback, last line its closing rule.
def fail():
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError(3)]),
                                   ZeroDivisionError()])


print("start")
try:
    fail()
except* ZeroDivisionError:
    print("ZeroDivisionError handled")
