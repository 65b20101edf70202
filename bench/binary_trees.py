# Binary trees (the Computer Language Benchmarks Game): allocate and walk many
# perfect binary trees of tuples, one long-lived tree throughout.
# Measures allocation and freeing of small objects, and recursion.
MAX_DEPTH = 16
MIN_DEPTH = 4


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


stretch_depth = MAX_DEPTH + 1
print(f"stretch tree of depth {stretch_depth}\t check: {check_tree(make_tree(stretch_depth))}")
long_lived_tree = make_tree(MAX_DEPTH)
for depth in range(MIN_DEPTH, MAX_DEPTH + 1, 2):
    iterations = 2 ** (MAX_DEPTH - depth + MIN_DEPTH)
    checked = 0
    for _ in range(iterations):
        checked += check_tree(make_tree(depth))
    print(f"{iterations}\t trees of depth {depth}\t check: {checked}")
print(f"long lived tree of depth {MAX_DEPTH}\t check: {check_tree(long_lived_tree)}")
