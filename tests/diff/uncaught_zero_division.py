values = [4, 2, 1, 0]
for v in values:
    print(v, 100 // v)
print("not reached")
