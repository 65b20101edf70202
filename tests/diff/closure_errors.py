# Unbound cells: a free variable read before the enclosing function assigns it
# (NameError), and a captured local read before assignment (UnboundLocalError).


def reads_too_early():
    def show():
        return value
    try:
        print(show())
    except NameError as e:
        print("NameError:", e)
    value = 42
    print(show())


reads_too_early()


def local_before_assignment():
    def later():
        return item
    try:
        print(item)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    item = "ready"
    return later()


print(local_before_assignment())


def raises_inside():
    limit = 3

    def check(n):
        if n > limit:
            raise ValueError("too big: " + str(n))
        return n

    out = []
    for n in range(6):
        try:
            out.append(check(n))
        except ValueError as e:
            out.append(str(e))
    return out


print(raises_inside())


def failing():
    data = {"a": 1}
    getter = lambda key: data[key]
    print(getter("a"))
    return getter("missing")


failing()
