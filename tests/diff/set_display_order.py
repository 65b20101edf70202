# Iteration order of set displays and comprehensions, as CPython produces it
# under PYTHONHASHSEED=0 (displays of three or more constants are built from a
# frozenset constant, which can order colliding keys differently).
print({"banana", "apple", "cherry", "date", "elderberry", "fig", "grape"})
print({3, 1, 2}, {10, 2, 34, 18, 26}, {-1, -2, 7, 15, 23, 31})
print({"x", "y"}, {"only"}, set())
words = ["pear", "kiwi", "plum", "lime", "fig", "pear"]
print({w for w in words}, {len(w) for w in words})
s = {"b", "a", "c"}
s.add("d")
s.discard("a")
print(s, sorted(s), len(s), "b" in s)
print({*words, "apple"})
print({1.5, 2.5, 0.5}, {True, 2, 3.0})
