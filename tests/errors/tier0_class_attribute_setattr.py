class Limits:
    size = 1


def grow():
    setattr(Limits, "size", 2)


grow()
print(Limits.size)
