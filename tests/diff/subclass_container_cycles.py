# Instances of dict and list subclasses in reference cycles, through their
# items and through their instance __dict__: the cycle collector sees both.


class Graph(dict):
    pass


class Chain(list):
    pass


def build(n):
    kept = []
    for i in range(n):
        g = Graph(name=i)
        g["self"] = g              # through the dict contents
        g.owner = g                # through the instance __dict__
        c = Chain([i])
        c.append(c)                # through the list contents
        c.parent = g               # the list's __dict__ holds the dict
        g["chain"] = c
        if i % 100 == 0:
            kept.append(g)
    return kept


kept = build(2000)
print(len(kept), [g["name"] for g in kept][:5], kept[1]["chain"][0], kept[1]["self"] is kept[1])
print(kept[0]["chain"][1] is kept[0]["chain"], kept[0]["chain"].parent is kept[0], kept[0].owner is kept[0])
print(repr(kept[0]["chain"]), repr(Graph(a=Graph())))


def orphan():
    pair = Chain()
    other = Graph(back=pair)
    pair.append(other)
    pair.me = pair
    return len(pair) + len(other)


print(sum(orphan() for _ in range(500)), sum(len(g) for g in kept))
