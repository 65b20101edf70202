total = 0
for item in range(10)
    total += item
