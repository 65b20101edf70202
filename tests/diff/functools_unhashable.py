# An unhashable argument to a cached function is an uncaught TypeError.
from functools import lru_cache


@lru_cache(maxsize=8)
def total(values):
    return sum(values)


print(total((1, 2, 3)))
print(total([1, 2, 3]))
