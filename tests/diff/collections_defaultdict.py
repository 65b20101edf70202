# collections.defaultdict: __missing__ through default_factory, the repr,
# copies, | with dicts, and every dict behaviour it inherits.
from collections import defaultdict


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__, error)


groups = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    groups[word[0]].append(word)
print(groups)
print(groups["z"], len(groups), "q" in groups, groups.get("y"), "y" in groups)
print(isinstance(groups, dict), type(groups), type(groups).__name__, defaultdict.__module__)

counts = defaultdict(int)
for letter in "mississippi":
    counts[letter] += 1
print(counts, dict(counts), sorted(counts.items()))
print(counts == {"m": 1, "i": 4, "s": 4, "p": 2}, {"m": 1, "i": 4, "s": 4, "p": 2} == counts)

nested = defaultdict(lambda: defaultdict(set))
nested["a"]["x"].add(1)
nested["a"]["y"].add(2)
nested["b"]["x"].add(3)
print({key: dict(value) for key, value in nested.items()})

none_factory = defaultdict(None, a=1)
print(none_factory, none_factory.default_factory)
attempt("missing none", lambda: none_factory["b"])
attempt("__missing__", lambda: none_factory.__missing__(5))
print(defaultdict(), defaultdict(list, [(1, 2)], x=3), defaultdict(str, {"k": "v"}))
print(defaultdict(list).__missing__("k"))

d = defaultdict(list, a=[1])
copied = d.copy()
copied["a"].append(2)
copied["b"].append(3)
print(d, copied, type(copied).__name__, d.__copy__())

changing = defaultdict(list)
changing.default_factory = tuple
print(changing["t"], changing)
changing.default_factory = 5
print(changing)
attempt("uncallable factory", lambda: changing["u"])
del changing.default_factory
print(changing.default_factory)

# dict methods and operators
m = defaultdict(int, {"a": 1, "b": 2})
m.update(c=3)
m.setdefault("d", 4)
print(m.pop("a"), m.popitem(), list(m.keys()), list(m.values()), m)
print(m | {"z": 26}, type(m | {"z": 26}).__name__)
print({"z": 26} | m, type({"z": 26} | m).__name__)
m |= {"y": 25}
print(m, list(reversed(m)), len(m))
print(defaultdict.fromkeys("ab"), defaultdict.fromkeys("ab", 0))
del m["y"]
m.clear()
print(m, bool(m))


def accept(**kwargs):
    return kwargs


print(accept(**defaultdict(int, {"k": 1})))
print(dict(defaultdict(int, {"k": 1})), list(defaultdict(int, {"k": 1})))

recursive = defaultdict(list)
recursive["self"] = recursive
print(recursive)

attempt("factory", lambda: defaultdict(1))
attempt("not iterable", lambda: defaultdict(list, 1))
attempt("too many", lambda: defaultdict(list, {}, {}))
attempt("delete missing", lambda: defaultdict(int).pop("x"))
attempt("hash", lambda: hash(defaultdict()))
