print([x * x for x in range(10)])
print([x for x in range(30) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in "hello" if c != "l"])
print([[i * j for j in range(4)] for i in range(4)])
print([x if x % 2 else -x for x in range(8)])
words = ["apple", "bob", "kayak", "molt", "level"]
print([w for w in words if w == w[::-1]], [len(w) for w in words])
print(sum([i for i in range(101)]), [s + t for s in "ab" for t in "xy"])
pairs = [(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 30) if a * a + b * b == c * c]
print(pairs)
