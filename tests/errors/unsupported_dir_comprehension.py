def f():
    return [dir() for x in range(2)]


print(f())
