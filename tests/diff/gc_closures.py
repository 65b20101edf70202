# Closures make reference cycles (a recursive nested function holds the cell
# that holds it); many of them must be collected, not kept until exit.


def make_walker(depth):
    def walk(n):
        if n == 0:
            return 0
        return 1 + walk(n - 1)
    return walk(depth)


def make_pair(seed):
    state = {"seed": seed}

    def get():
        return state["seed"] + len(helpers)

    def bump():
        state["seed"] += 1
        return get()

    helpers = [get, bump]
    state["self"] = helpers
    return bump()


total = 0
for i in range(20000):
    total += make_walker(i % 7)
    total += make_pair(i)
print(total)


def counters(n):
    made = []
    for k in range(n):
        def count(k=k):
            return k + len(made)
        made.append(count)
    return sum([f() for f in made])


print(counters(50), counters(3))
