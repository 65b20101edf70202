def f():
    x = 1
    locals()["x"] = 2
    return x


print(f())
