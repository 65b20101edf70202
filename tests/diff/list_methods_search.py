xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(xs.index(1), xs.index(5), xs.index(5, 5), xs.index(3, 1), xs.count(5), xs.count(1), xs.count(7))
print(5 in xs, 7 in xs, 7 not in xs, len(xs))
words = ["a", "bb", "a", "ccc", "bb", "a"]
for w in ["a", "bb", "ccc"]:
    print(w, words.count(w), words.index(w))
nested = [[1, 2], [3], [1, 2]]
print(nested.count([1, 2]), [3] in nested, nested.index([3]))
