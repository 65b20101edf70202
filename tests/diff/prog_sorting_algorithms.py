def bubble_sort(items):
    xs = items[:]
    n = len(xs)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return xs, swaps
def insertion_sort(items):
    xs = items[:]
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged
data = [(i * 7919 + 13) % 97 - 40 for i in range(40)]
print(data)
b, swaps = bubble_sort(data)
print(b, swaps)
print(insertion_sort(data))
print(merge_sort(data))
print(b == sorted(data), insertion_sort(data) == sorted(data), merge_sort(data) == sorted(data))
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(bubble_sort(words), insertion_sort(words), merge_sort(words))
print(merge_sort([3.5, -1.25, 2.0, 0.0, -7.75]))
