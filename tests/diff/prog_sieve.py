def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i in range(limit + 1) if is_prime[i]]
primes = sieve(10000)
print(len(primes), primes[:25], primes[-5:], sum(primes))
gaps = {}
for i in range(1, len(primes)):
    gap = primes[i] - primes[i - 1]
    gaps[gap] = gaps.get(gap, 0) + 1
print(sorted(gaps.items()))
twins = [(p, p + 2) for p in primes if p + 2 <= 10000 and p + 2 in primes[-1300:]]
print(len(twins), twins[-3:])
