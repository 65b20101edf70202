# Classes derived from the exception groups: derive() overridden or not,
# extra attributes, and the nesting checks for user classes.


class Tagged(ExceptionGroup):
    def derive(self, excs):
        derived = Tagged(self.message + "*", excs)
        derived.tag = getattr(self, "tag", None)
        return derived


class Plain(ExceptionGroup):
    pass


class Anything(BaseExceptionGroup):
    pass


class Counted(ExceptionGroup):
    def __init__(self, message, excs):
        super().__init__(message, excs)
        self.count = len(excs)

    def __str__(self):
        return f"{self.message} [{self.count}]"


tagged = Tagged("tagged", [ValueError(1), TypeError(2), ValueError(3)])
tagged.tag = "t"
match, rest = tagged.split(ValueError)
print(repr(match), repr(rest), match.tag, rest.tag)
print(type(match).__name__, isinstance(match, Tagged), isinstance(match, ExceptionGroup))
print(repr(tagged.subgroup(TypeError)))

plain = Plain("plain", [ValueError(1), TypeError(2)])
match, rest = plain.split(ValueError)
print(repr(plain), type(match).__name__, type(rest).__name__, repr(match))
print(isinstance(plain, Exception), str(plain))

mixed = Anything("mixed", [KeyboardInterrupt(), ValueError()])
print(repr(mixed), isinstance(mixed, Exception), str(mixed))
only_exceptions = Anything("fine", [ValueError()])
print(type(only_exceptions).__name__, isinstance(only_exceptions, Exception))
print(repr(mixed.split(ValueError)))

counted = Counted("counted", [ValueError(1), KeyError(2)])
print(counted.count, str(counted), repr(counted))
match, rest = counted.split(KeyError)
print(repr(match), str(match))

for cls, excs in ((Plain, [KeyboardInterrupt()]), (Tagged, [ValueError(), SystemExit()]),
                  (Plain, []), (Plain, None), (Anything, [GeneratorExit()])):
    try:
        made = cls("m", excs)
        print(cls.__name__, "->", repr(made))
    except (TypeError, ValueError) as error:
        print(cls.__name__, "->", type(error).__name__, error)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")


try:
    BadDerive("bad", [ValueError(), TypeError()]).split(ValueError)
except TypeError as error:
    print(error)

try:
    raise Tagged("raised", [OSError("disk"), ValueError("v")])
except* OSError as caught:
    print("handler got", repr(caught), type(caught).__name__)
except* ValueError as caught:
    print("handler got", repr(caught))
