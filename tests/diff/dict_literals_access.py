d = {"one": 1, "two": 2, "three": 3}
print(d, len(d), d["two"], "one" in d, "four" in d, "four" not in d)
d["four"] = 4
d["one"] = 100
print(d)
empty = {}
print(empty, len(empty), dict(), {1: "int", 2.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool"})
d2 = {1: "a", 1.0: "b", True: "c"}
print(d2, len(d2))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
counts["a"] += 10
counts["z"] = counts.get("z", 0) - 1
print(counts, sorted(counts), list(counts))
print(d == {"four": 4, "one": 100, "two": 2, "three": 3}, {1: 2} != {1: 3})
