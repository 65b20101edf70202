rows = [[1]]
for n in range(1, 30):
    prev = rows[-1]
    row = [1]
    for k in range(1, n):
        row.append(prev[k - 1] + prev[k])
    row.append(1)
    rows.append(row)
for row in rows[:12]:
    line = " ".join([str(v) for v in row])
    print(line.center(70).rstrip())
print(rows[-1])
print(sum(rows[-1]), 2 ** 29, max(rows[-1]))
row = [1]
for n in range(100):
    row = [1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1]
print(row[50], len(str(row[50])))
