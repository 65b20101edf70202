# Generator-heavy code: pipelines of generators, `yield from` delegation, generator
# expressions consumed by sum/max, and send() driving a coroutine-style accumulator.
# Measures resuming compiled generator state machines.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(source):
    for x in source:
        yield x * x % 1000


def only_odd(source):
    for x in source:
        if x & 1:
            yield x


def chunks(n, size):
    for start in range(0, n, size):
        yield from numbers_between(start, min(start + size, n))


def numbers_between(lo, hi):
    for i in range(lo, hi):
        yield i


def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


def tree(depth):
    if depth == 0:
        yield 1
        return
    yield depth
    yield from tree(depth - 1)
    yield from tree(depth - 1)


def pipeline(n):
    return sum(only_odd(squares(numbers(n))))


def delegation(n):
    return sum(chunks(n, 7))


def expressions(n):
    best = 0
    for k in range(n // 1000):
        best = max(best, sum(i * k % 97 for i in range(1000)))
    return best


def driven(n):
    averager = running_average()
    next(averager)
    last = 0
    for i in range(n):
        last = averager.send(i % 1013)
    return last


def recursive(depth, times):
    total = 0
    for _ in range(times):
        total += sum(tree(depth))
    return total


print("pipeline", pipeline(3000000))
print("delegation", delegation(3000000))
print("expressions", expressions(3000000))
print("driven", driven(3000000))
print("recursive", recursive(14, 30))
