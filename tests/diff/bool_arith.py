t = True
f = False
print(t, f, not t, not f, t + t, t * 10, f - t, t / 2, -t)
print(t == 1, f == 0, t is True, isinstance(t, int), isinstance(1, bool))
print(bool(0), bool(1), bool(-3), bool(0.0), bool(0.1), bool(""), bool("a"), bool([]), bool([0]))
print(bool({}), bool({1: 2}), bool(None), bool(()), bool((0,)), bool(range(0)), bool(range(1)))
print(str(True), repr(False), int(True), float(False))
print(t and f, t or f, f or t, f and t, t & f, t | f, t ^ t)
print(sum([True, True, False, True]), max(True, 0), True > False)
count = 0
for x in [0, 1, 2, "", "x", [], [1], None, 0.0]:
    if x:
        count += 1
    print(repr(x), bool(x))
print(count)
