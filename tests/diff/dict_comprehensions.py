squares = {x: x * x for x in range(8)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({w: len(w) for w in ["one", "three", "five"]})
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 3}.items()}
print(inverted)
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({c: "abcabc".count(c) for c in "abcabc"})
