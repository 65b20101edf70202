def f():
    x = 1
    x = yield = 2
