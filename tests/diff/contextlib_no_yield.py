# A generator that never yields: __enter__ raises RuntimeError (uncaught here).
from contextlib import contextmanager


@contextmanager
def broken(flag):
    print("setting up", flag)
    if flag:
        yield


with broken(True):
    print("first works")
with broken(False):
    print("never printed")
