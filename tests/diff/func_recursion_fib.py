def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
for i in range(25):
    print(i, fib(i))
def fib_memo(n, memo):
    if n in memo:
        return memo[n]
    value = fib_memo(n - 1, memo) + fib_memo(n - 2, memo)
    memo[n] = value
    return value
print(fib_memo(150, {0: 0, 1: 1}))
