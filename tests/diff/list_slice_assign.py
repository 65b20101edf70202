xs = list(range(10))
xs[2:5] = [20, 30, 40]
print(xs)
xs[2:5] = []
print(xs)
xs[1:1] = [100, 200, 300]
print(xs)
xs[:2] = [7]
print(xs)
xs[-2:] = ["a", "b", "c", "d"]
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
ys = [1, 2, 3, 4, 5, 6]
ys[1::2] = ["x", "y", "z"]
print(ys)
ys[:] = [9, 8]
print(ys)
zs = [1, 2, 3]
zs[len(zs):] = [4, 5]
print(zs)
zs[0:0] = [-1, 0]
print(zs)
