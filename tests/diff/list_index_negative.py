xs = [10, 20, 30, 40, 50, 60]
print(xs[0], xs[3], xs[-1], xs[-2], xs[-6], len(xs))
for i in range(-6, 6):
    print(i, xs[i])
xs[0] = 11
xs[-1] = 66
xs[2] += 5
xs[-3] *= 2
print(xs)
matrix = [[1, 2, 3], [4, 5, 6]]
print(matrix[1][2], matrix[-1][-3], matrix[0][-1])
matrix[0][1] = 99
print(matrix)
