name = "World"
n = 42
pi = 3.141592653589793
print(f"Hello, {name}!")
print(f"{n} + 1 = {n + 1}", f"{n * 2}", f"{name.upper()}", f"{len(name)}")
print(f"{'nested quotes'}", f"{n}{n}", f"{{braces}}", f"{pi}", f"{None}", f"{True}")
items = [1, 2, 3]
d = {"k": "v"}
print(f"{items}", f"{items[0]}", f"{d['k']}", f"{d}", f"{(1, 2)}")
for i in range(5):
    print(f"row {i}: {i * i} {'even' if i % 2 == 0 else 'odd'}")
print(f"multi {n} values {pi} in {name} one {items[-1]} string")
print(f"{"double quotes inside"}")
