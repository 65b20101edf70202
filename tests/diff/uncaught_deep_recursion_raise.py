def descend(n):
    if n == 0:
        raise IndexError("bottom reached at depth zero")
    print("depth", n)
    return descend(n - 1)
descend(6)
