for i in range(1, 10):
    row = ""
    for j in range(1, 10):
        row += f"{i * j:4}"
    print(row)
count = 0
for a in range(10):
    for b in range(10):
        if (a + b) % 7 == 0:
            continue
        for c in range(3):
            if c == 2 and a == b:
                break
            count += 1
print(count)
i = 0
while i < 4:
    j = 0
    while j < i:
        print(i, j, i * j)
        j += 1
    i += 1
