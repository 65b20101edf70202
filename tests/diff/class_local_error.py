# An exception class defined inside a function: the traceback's last line uses its qualname.
def check(value):
    class ValidationError(ValueError):
        def __init__(self, value):
            super().__init__(f"invalid value {value!r}")
            self.value = value

    if value < 0:
        raise ValidationError(value)
    return value


print(check(3))
try:
    check(-1)
except ValueError as e:
    print(type(e).__name__, type(e).__qualname__, e, e.value, e.args)
check(-2)
