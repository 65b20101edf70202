# iterating ranges in loops, comprehensions, and builtins
total = 0
for i in range(10, 0, -3):
    total += i
    print(i, end=' ')
print(total)
print([i * i for i in range(-3, 4)], {i % 3 for i in range(10)}, {i: i * 2 for i in range(3)})
print(list(zip(range(3), range(10, 7, -1))), list(enumerate(range(5, 8))), list(map(abs, range(-2, 3))))
print(list(filter(None, range(-2, 3))), sum(range(0, 1000, 7)), max(range(-5, 5, 3)), sorted(range(3), reverse=True))
it = iter(range(4))
print(next(it), next(it), list(it), next(it, 'end'))
n = 0
for i in range(3):
    for j in range(i, 3):
        n += j
print(n)
for i in range(0):
    print('never')
for i in range(5, 0, -1):
    if i == 2:
        break
print('broke at', i)
