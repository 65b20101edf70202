# Definitions: parameters, decorators, classes, type parameters, aliases.
def f(): pass
def f(a): pass
def f(a, b): pass
def f(a, b=1): pass
def f(a=1, b=2): pass
def f(*args): pass
def f(**kwargs): pass
def f(*args, **kwargs): pass
def f(a, *, b): pass
def f(a, *, b=1, c): pass
def f(a, /): pass
def f(a, /, b): pass
def f(a, b, /, c, d, *, e, f): pass
def f(a=1, /, b=2, *, c=3): pass
def f(a, /, b=2, *args, c, d=4, **kwargs): pass
def f(a: int, b: str = "x", *args: int, c: bool, **kwargs: float) -> None: pass
def f(*args: *Ts): pass
def f(a,): pass
def f(*, a,): pass
def f(**kwargs,): pass
def f(
    a,
    b,
): pass

@decorator
def f(): pass

@decorator()
@other.decorator(1, x=2)
@a[0]
@(lambda f: f)
@x if y else z
def f(): pass

@decorator
class C: pass

class C(Base): pass
class C(A, B): pass
class C(metaclass=Meta): pass
class C(A, metaclass=Meta, **kwargs): pass
class C(*bases): pass

class Point:
    """Docstring."""
    x: int
    y: int = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @staticmethod
    def origin():
        return Point(0, 0)

    class Nested:
        pass

def generic[T](x: T) -> T: return x
def generic[T: int](x): pass
def generic[T: (int, str)](x): pass
def generic[*Ts](*args: *Ts): pass
def generic[**P](f: Callable[P, int]): pass
def generic[T, *Ts, **P,](): pass
class Generic[T]: pass
class Generic[T: Base, U](Base[T]): pass
type Alias = int
type Alias[T] = list[T]
type Alias[K, V: int] = dict[K, V]
type = 1
type.x = 2
print(type)
type(x)

async def coroutine():
    await something
    await something()
    x = await y
    async for item in stream:
        pass
    async for a, b in pairs:
        pass
    else:
        pass
    async with lock:
        pass
    async with a as b, c as d:
        pass
    result = [x async for x in aiter()]
    result = [await x for x in y]
    result = {x: y async for x, y in z}
    gen = (x async for x in y)
    return await z

@decorator
async def decorated_coroutine(): pass

def f():
    def g():
        def h():
            return 1
        return h
    return g

def f(a, b, *, key=lambda x: x, reverse=False): pass
