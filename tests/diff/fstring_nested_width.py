value = 3.14159265
for width in range(6, 13, 2):
    for precision in range(1, 4):
        print(f"[{value:{width}.{precision}f}]")
align = "^"
fill = "*"
print(f"[{'mid':{fill}{align}{11}}]")
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 150, 4.0)]
w = max([len(r[0]) for r in rows])
for name, qty, price in rows:
    print(f"{name:<{w}} | {qty:>{4}} | {price:>{8}.{2}f} | {qty * price:>{10},.2f}")
