# The program's own modules: import, import as, from-import, run once, __name__.
import textutil
import textutil as tu
from textutil import shout, WIDTH as W
import mathutil

print("main starts as", __name__)
print(textutil.__name__, tu is textutil, W)
print(shout("hello"), textutil.center("mid"))
print(mathutil.gcd_all([12, 18, 30]), mathutil.primes_below(30))
print(mathutil.fib(80), mathutil.describe(7), mathutil.describe(8))


def late_import():
    # An import inside a function runs the module only the first time.
    import mathutil as m
    from textutil import shout as s
    return m.fib(10), s("late")


print(late_import(), late_import())
print(type(textutil).__name__)
print(mathutil.CALLS)
mathutil.bump()
mathutil.bump()
print(mathutil.CALLS, mathutil.read_calls())
if __name__ == "__main__":
    print("guarded block runs in the main script only")
