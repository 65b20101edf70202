def min_max_mean(values):
    lo = values[0]
    hi = values[0]
    total = 0
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
        total += v
    return lo, hi, total / len(values)
print(min_max_mean([3, 1, 4, 1, 5, 9, 2, 6]))
lo, hi, mean = min_max_mean([2.5, -1.0, 7.25])
print(lo, hi, mean)
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print([early(n) for n in range(0, 40, 5)])
def no_return():
    x = 1
print(no_return())
