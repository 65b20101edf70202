xs = [5, 2, 9, 1, 5, 6, -3, 0]
ys = sorted(xs)
print(ys, xs)
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
xs.reverse()
print(xs)
words = ["pear", "Apple", "fig", "banana", "apple", "cherry"]
words.sort()
print(words)
print(sorted(words, reverse=True))
print(sorted([3.5, -1, 2, 0.5, 10]), sorted("hello"), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(sorted([[3, 1], [1, 2], [1, 1]]), [1, 2, 3][::-1])
big = [(i * 7919) % 101 for i in range(30)]
big.sort()
print(big)
