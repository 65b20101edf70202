# except* inside functions, loops and generators: locals, nested defs with
# return, loops with break and continue inside a handler.


def classify(errors):
    handled = []
    try:
        raise ExceptionGroup("batch", errors)
    except* ValueError as e:
        handled.append(("value", len(e.exceptions)))
    except* KeyError as e:
        handled.append(("key", [str(x) for x in e.exceptions]))
    return handled


print(classify([ValueError(1), KeyError("a"), ValueError(2)]))
print(classify([KeyError("b")]))
try:
    classify([ValueError(1), OSError("disk")])
except ExceptionGroup as escaped:
    print("escaped", repr(escaped))


def handler_with_loops():
    total = 0
    try:
        raise ExceptionGroup("g", [ValueError(i) for i in range(5)])
    except* ValueError as e:
        for sub in e.exceptions:
            if sub.args[0] == 1:
                continue
            if sub.args[0] == 4:
                break
            total += sub.args[0]
        while True:
            total += 100
            break

        def helper(x):
            return x * 2

        total = helper(total)
    return total


print(handler_with_loops())


def worker(n):
    if n % 3 == 0:
        raise ValueError(n)
    if n % 3 == 1:
        raise TypeError(n)
    return n


def gather(numbers):
    errors = []
    results = []
    for n in numbers:
        try:
            results.append(worker(n))
        except Exception as error:
            errors.append(error)
    if errors:
        raise ExceptionGroup("workers failed", errors)
    return results


for numbers in ([2, 5], [0, 1, 2, 3, 4]):
    try:
        print("results", gather(numbers))
    except* ValueError as e:
        print("values", [x.args[0] for x in e.exceptions])
    except* TypeError as e:
        print("types", [x.args[0] for x in e.exceptions])


def generator():
    for i in range(3):
        try:
            if i == 1:
                raise ExceptionGroup("in generator", [ValueError(i)])
            yield i
        except* ValueError as e:
            yield repr(e)


print(list(generator()))


def propagate():
    try:
        raise ExceptionGroup("deep", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("propagate handled ValueError")


def caller():
    try:
        propagate()
    except* TypeError as e:
        print("caller handled", repr(e))


caller()

for attempt in range(3):
    try:
        if attempt < 2:
            raise ExceptionGroup("retry", [OSError(attempt)])
        print("succeeded at", attempt)
    except* OSError as e:
        print("attempt", attempt, "failed:", repr(e))
