d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("b", 99))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
for key in ["a", "b", "c", "d"]:
    print(key, groups.get(key, []), len(groups.get(key, [])))
