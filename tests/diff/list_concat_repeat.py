a = [1, 2]
b = [3, 4, 5]
print(a + b, b + a, a * 3, 2 * b, a * 0, [] * 5, [0] * 4)
c = a
c += [9]
print(a, c)
c = c + [10]
print(a, c)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
shared = [[0] * 2] * 2
shared[0][0] = 7
print(shared)
print(list("abc") + list(range(3)), list((1, 2)) * 2)
acc = []
for i in range(5):
    acc = acc + [i] * i
print(acc, len(acc))
