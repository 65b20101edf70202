from textutil import shout

print("mathutil runs,", shout("textutil already ran"))
CALLS = 0


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def gcd_all(numbers):
    result = 0
    for n in numbers:
        result = gcd(result, n)
    return result


def primes_below(n):
    sieve = [True] * n
    found = []
    for i in range(2, n):
        if sieve[i]:
            found.append(i)
            for j in range(i * i, n, i):
                sieve[j] = False
    return found


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def describe(n):
    return "%d is %s" % (n, "odd" if n % 2 else "even")


def bump():
    global CALLS
    CALLS += 1


def read_calls():
    return CALLS
