def binary_search(items, target):
    lo = 0
    hi = len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
data = [i * i - 50 for i in range(200)]
for target in [-50, -49, 0, 50, 3671, 39551, 39552, 1000000, -100]:
    print(target, binary_search(data, target))
def lower_bound(items, target):
    lo = 0
    hi = len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
words = sorted(["delta", "alpha", "echo", "charlie", "bravo", "foxtrot"])
for w in ["alpha", "beta", "zulu", "a", "echo"]:
    print(w, lower_bound(words, w))
