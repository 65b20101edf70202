def f():
    import math, collections.abc as abc
    return abc
