# Containers that refer to themselves, built and dropped many times: the cycle
# collector must free them (the program runs in bounded memory) and the
# surviving structures must be untouched by collections running meanwhile.


def self_lists(n):
    total = 0
    keep = []
    for i in range(n):
        a = [i, i * 2]
        a.append(a)
        total += len(a) + a[2][2][0]
        if i % 4000 == 0:
            keep.append(a)
    print("self lists", total, len(keep), [k[0] for k in keep])
    print("still self", all([k[2] is k for k in keep]), repr(keep[0]))
    return keep


def self_dicts(n):
    total = 0
    last = None
    for i in range(n):
        d = {"i": i}
        d["me"] = d
        d["items"] = [d, i]
        total += d["me"]["items"][1] + len(d)
        if i == n - 1:
            last = d
    print("self dicts", total, last["i"], last["me"] is last, repr(last))
    return last


def self_sets_and_tuples(n):
    total = 0
    for i in range(n):
        holder = []
        t = (holder, i, "x")
        holder.append(t)
        s = {i, i + 1}
        box = [s, t]
        holder.append(box)
        total += len(holder) + t[1] + len(s)
    print("tuples through lists", total)


def dict_views(n):
    total = 0
    for i in range(n):
        d = {"k": i}
        d["keys"] = d.keys()
        d["values"] = d.values()
        d["items"] = d.items()
        total += len(d["keys"]) + len(list(d["items"]))
    print("dict views", total)


def iterators(n):
    total = 0
    for i in range(n):
        a = [i, i + 1, i + 2]
        it = iter(a)
        a.append(it)
        total += next(it)
        e = [1, 2]
        en = enumerate(e)
        e.append(en)
        z = [3]
        zi = zip(z, z)
        z.append(zi)
        total += len(e) + len(z)
    print("iterators", total)


kept = self_lists(32000)
last = self_dicts(15000)
self_sets_and_tuples(15000)
dict_views(8000)
iterators(8000)
print("after", len(kept), kept[3][0], kept[3][2][1], last["items"][1], len(last))
kept[0].append(last)
print(len(kept[0]), kept[0][3]["i"])
