# Integer-heavy while loops: Collatz sequence lengths and a sieve driven by while loops.
LIMIT = 250000


def collatz_length(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def sieve_count(limit):
    flags = [1] * (limit + 1)
    flags[0] = 0
    flags[1] = 0
    p = 2
    while p * p <= limit:
        if flags[p]:
            m = p * p
            while m <= limit:
                flags[m] = 0
                m += p
        p += 1
    count = 0
    i = 0
    while i <= limit:
        count += flags[i]
        i += 1
    return count


best = 0
best_n = 0
total = 0
n = 1
while n < LIMIT:
    length = collatz_length(n)
    total += length
    if length > best:
        best = length
        best_n = n
    n += 1
print("collatz", best_n, best, total)
print("primes", sieve_count(LIMIT * 4))
