# Exception classes defined by the program.
class AppError(Exception):
    pass


class NotFound(AppError, KeyError):
    def __init__(self, key, where="db"):
        super().__init__(key)
        self.key = key
        self.where = where

    def __str__(self):
        return f"{self.key!r} not found in {self.where}"


class Retry(AppError):
    def __init__(self, attempts):
        self.attempts = attempts


try:
    raise AppError("boom", 42)
except AppError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    raise NotFound("user")
except KeyError as e:
    print("KeyError caught:", e, repr(e), e.args, e.key, e.where, isinstance(e, LookupError))
try:
    raise NotFound("x", where="cache")
except AppError as e:
    print("AppError caught:", e)
try:
    raise Retry(3)
except Exception as e:
    print(type(e).__name__, e.attempts, e.args, str(e), repr(e))
try:
    raise AppError
except AppError as e:
    print("class raised:", repr(e), e.args)
print(issubclass(NotFound, KeyError), issubclass(NotFound, Exception), NotFound.__mro__)
try:
    try:
        raise AppError("inner")
    except AppError as e:
        raise Retry(1) from e
except Retry as e:
    print(repr(e.__cause__), e.__cause__.args)
try:
    AppError(x=1)
except TypeError as e:
    print("TypeError:", e)
e = AppError("a")
e.args = ("b", "c")
e.extra = 5
print(e.args, str(e), e.extra)
errors = [AppError(), NotFound("k"), Retry(2)]
for err in errors:
    try:
        raise err
    except (NotFound, Retry) as caught:
        print("specific", type(caught).__name__)
    except AppError as caught:
        print("general", type(caught).__name__)


class WithDefault(ValueError):
    def __init__(self, message="default message"):
        super().__init__(message)


print(str(WithDefault()), str(WithDefault("custom")))


def raise_local():
    class LocalError(Exception):
        pass
    raise LocalError("from a function")


try:
    raise_local()
except Exception as e:
    print(type(e).__qualname__, e)
raise NotFound("last", where="main")
