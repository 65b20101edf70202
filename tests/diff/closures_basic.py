# Nested functions and closures: cells shared between the defining function
# and its inner functions, nonlocal, late binding, several levels of nesting.


def make_counter(start):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


c = make_counter(10)
print(c(), c(), c(5), c(step=-20))
d = make_counter(0)
print(d(), c(), d())


def make_accumulators():
    total = 0
    history = []

    def add(x):
        nonlocal total
        total += x
        history.append(x)
        return total

    def report():
        return total, list(history)

    return add, report


add, report = make_accumulators()
for v in [3, 4, 5]:
    print("add", v, add(v))
print(report())


def late_binding():
    fs = []
    for i in range(4):
        def f():
            return i * 10
        fs.append(f)
    return [f() for f in fs]


print(late_binding())


def early_binding():
    fs = []
    for i in range(4):
        def f(i=i):
            return i * 10
        fs.append(f)
    return [f() for f in fs]


print(early_binding())


def three_levels(a):
    b = a * 2

    def middle(c):
        def inner(d):
            return a + b + c + d
        return inner

    return middle


print(three_levels(1)(10)(100))
print(three_levels(5)(0)(-1))


def recursive_inner(n):
    def fact(k):
        if k <= 1:
            return 1
        return k * fact(k - 1)
    return [fact(k) for k in range(n)]


print(recursive_inner(8))
print(recursive_inner(25)[-1])


def mutual(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)

    def is_odd(k):
        return False if k == 0 else is_even(k - 1)

    return [(k, is_even(k), is_odd(k)) for k in range(n)]


print(mutual(5))


def parameter_cell(x):
    def get():
        return x

    def set_(v):
        nonlocal x
        x = v

    before = get()
    set_(x * 3)
    return before, get(), x


print(parameter_cell(7))
print(parameter_cell("ab"))


def shadowing():
    x = "outer"

    def f():
        x = "inner"
        return x

    def g():
        return x

    return f(), g(), x


print(shadowing())


def closure_over_loop_variable():
    results = []
    for name in ["a", "b", "c"]:
        def show(prefix):
            return prefix + name
        results.append(show(">"))
    return results


print(closure_over_loop_variable())


def counter_objects():
    counters = [make_counter(k * 100) for k in range(3)]
    for _ in range(2):
        for counter in counters:
            counter(1)
    return [counter(0) for counter in counters]


print(counter_objects())


def big_numbers():
    acc = 1

    def mul(k):
        nonlocal acc
        acc *= k
        return acc

    for k in range(1, 30):
        mul(k)
    return acc


print(big_numbers())
