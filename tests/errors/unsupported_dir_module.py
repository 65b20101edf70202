import math


def names():
    return dir(math)


print(names())
