def make_matrix(rows, cols, seed):
    return [[(seed * (r + 1) * 7 + c * 13) % 10 - 4 for c in range(cols)] for r in range(rows)]
def multiply(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    result = [[0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            result[i][j] = s
    return result
def show(matrix):
    for row in matrix:
        print(" ".join([f"{v:6}" for v in row]))
a = make_matrix(4, 3, 3)
b = make_matrix(3, 5, 5)
show(a)
print()
show(b)
print()
c = multiply(a, b)
show(c)
identity = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
print(multiply(identity, c) == c)
p = [[1, 1], [1, 0]]
q = [[1, 0], [0, 1]]
for i in range(90):
    q = multiply(q, p)
print(q)
f = [[0.5, 1.25], [-2.0, 0.1]]
print(multiply(f, f))
