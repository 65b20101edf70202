# Doubly linked nodes, trees with parent links and rings of lists: every
# structure is cyclic, most are dropped right away, a few are kept and walked
# after many collections have run.


def make_ring(size, tag):
    # A node is [value, previous, next].
    first = [tag, None, None]
    first[1] = first
    first[2] = first
    last = first
    for i in range(1, size):
        node = [tag + i, last, first]
        last[2] = node
        first[1] = node
        last = node
    return first


def ring_sum(first):
    total = first[0]
    node = first[2]
    steps = 1
    while node is not first:
        total += node[0]
        node = node[2]
        steps += 1
    return total, steps


def ring_sum_backwards(first):
    total = 0
    node = first[1]
    while node is not first:
        total += node[0]
        node = node[1]
    return total + first[0]


def make_tree(depth, parent):
    node = {"parent": parent, "children": [], "depth": depth}
    if depth > 0:
        for i in range(2):
            node["children"].append(make_tree(depth - 1, node))
    return node


def tree_size(node):
    size = 1
    for child in node["children"]:
        if child["parent"] is not node:
            return -1
        size += tree_size(child)
    return size


rings = []
total = 0
for i in range(6000):
    ring = make_ring(5, i)
    s, steps = ring_sum(ring)
    total += s + steps
    if i % 1500 == 0:
        rings.append(ring)
print("rings", total, len(rings))
for ring in rings:
    print(ring[0], ring_sum(ring), ring_sum_backwards(ring))

big = make_ring(5000, 7)
print("big ring", ring_sum(big), ring_sum_backwards(big))
big = None

trees = 0
kept_tree = None
for i in range(500):
    tree = make_tree(6, None)
    trees += tree_size(tree)
    if i == 250:
        kept_tree = tree
print("trees", trees, tree_size(kept_tree), kept_tree["children"][0]["parent"] is kept_tree)

# Lists of lists pointing back at their container.
grid_total = 0
for i in range(5000):
    grid = []
    for j in range(3):
        row = [j, grid]
        grid.append(row)
    grid_total += len(grid) + grid[2][1][1][0]
print("grids", grid_total)

# Exceptions inside cycles.
caught = 0
for i in range(6000):
    holder = []
    error = ValueError("bad", holder)
    holder.append(error)
    try:
        raise error
    except ValueError as e:
        caught += len(e.args) + len(e.args[1])
print("exceptions", caught)
print(rings[2][2][2][0], len(rings))
