# Recursive Fibonacci: measures function-call overhead and small-int arithmetic.
N = 34


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for k in range(N - 3, N + 1):
    total += fib(k)
print("checksum", total)
