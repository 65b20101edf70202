# collections.OrderedDict: move_to_end, popitem(last=), order-sensitive
# equality between OrderedDicts, | and the 3.12 repr.
from collections import OrderedDict


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__, error)


od = OrderedDict()
for key in "bdace":
    od[key] = ord(key)
print(od, list(od), isinstance(od, dict), type(od))
od.move_to_end("b")
print(list(od))
od.move_to_end("e", last=False)
print(list(od))
od.move_to_end("e", False)
od.move_to_end("a", True)
print(list(od), od)
print(od.popitem(), od.popitem(last=False), od.popitem(False), od)
od["z"] = 1
od["d"] = 2
print(od, list(reversed(od)), list(od.items()))

a = OrderedDict(x=1, y=2)
b = OrderedDict(y=2, x=1)
print(a == b, a != b, a == dict(b), dict(b) == a, a == OrderedDict(x=1, y=2))
print(a | {"z": 3}, {"z": 3} | a, type({"z": 3} | a).__name__)
a |= {"w": 0}
print(a, a.copy(), type(a.copy()).__name__)
print(OrderedDict(), OrderedDict([("k", 1)]), OrderedDict({"m": 1}, n=2))
print(OrderedDict.fromkeys("abc", 0), OrderedDict.fromkeys("xy"))
print(a.setdefault("x", 9), a.setdefault("v", 9), a.pop("w"), a.get("nope"), a)

recursive = OrderedDict()
recursive["me"] = recursive
print(recursive)

# an LRU cache of three entries
cache = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5, 1]:
    if key in cache:
        cache.move_to_end(key)
    else:
        cache[key] = key * key
        if len(cache) > 3:
            cache.popitem(last=False)
    print(key, list(cache))

queue = OrderedDict((i, i) for i in range(1000))
drained = 0
while queue:
    queue.popitem(last=False)
    drained += 1
print(drained, queue)

attempt("popitem empty", lambda: OrderedDict().popitem())
attempt("move missing", lambda: OrderedDict(a=1).move_to_end("b"))
attempt("move no key", lambda: OrderedDict(a=1).move_to_end())
attempt("too many", lambda: OrderedDict(1, 2))
attempt("popitem args", lambda: OrderedDict(a=1).popitem(True, 2))
attempt("getitem", lambda: OrderedDict()["x"])
attempt("hash", lambda: hash(OrderedDict()))
