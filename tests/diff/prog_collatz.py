def collatz_length(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
best = 0
best_start = 0
for start in range(1, 10000):
    length = collatz_length(start)
    if length > best:
        best = length
        best_start = start
        print("new best", start, length)
print(best_start, best)
n = 2 ** 100 + 1
peak = n
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    peak = max(peak, n)
    steps += 1
print(steps, peak)
