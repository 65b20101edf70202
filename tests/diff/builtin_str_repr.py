values = [0, -1, 2 ** 80, 1.5, -0.0, 1e300, True, None, "str", "it's", 'say "x"', [1, "a"], (1,), (), {"k": [1, 2]}, range(2, 9, 3)]
for v in values:
    print(str(v), repr(v))
print(str([1.0, 2.5]), str(["a", 'b"c']), repr({"a": (1, 2.5, None)}))
print(str(), repr(""), str("x") == "x", repr(repr("x")))
