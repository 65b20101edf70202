xs = [1, 2, 3]
xs[0] += 10
xs[-1] *= 5
xs[1] **= 3
print(xs)
d = {"a": 1, "b": [1]}
d["a"] += 1
d["b"] += [2]
d["c"] = d["a"] * 2
d["c"] -= 1
print(d)
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        grid[i][j] += i * 3 + j
        grid[j][i] += 1
print(grid)
counts = {"x": 0}
for k in "xxyxz":
    if k in counts:
        counts[k] += 1
    else:
        counts[k] = 1
print(counts)
words = ["a", "b"]
words[0] += "pple"
words[1] *= 3
print(words)
