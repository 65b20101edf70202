# sorted/list.sort stability with key= builtins and reverse=
words = ['banana', 'Apple', 'cherry', 'date', 'fig', 'kiwi', 'Fig', 'egg', 'bb', 'a', 'cc']
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, reverse=True))
print(sorted([3, -1, -3, 1, 2, -2], key=abs), sorted([3, -1, -3, 1, 2, -2], key=abs, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'c'), (1, 'c')]
print(sorted(pairs), sorted(pairs, reverse=True), sorted(pairs, key=len), sorted(pairs, key=min) if False else 0)
nums = [5, 3.5, True, 0, -2, 2**65, -2.5, False, 3]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs))
strs = ['10', '9', '100', '1', '', 'a', 'B', '\u00e9', '\u2603', 'ab', 'aB']
print(sorted(strs), sorted(strs, key=len), sorted(strs, reverse=True), sorted(strs, key=str))
lists = [[3], [1, 2], [], [1], [1, 1], [0, 9, 9]]
lists.sort()
print(lists)
lists.sort(key=len, reverse=True)
print(lists)
eq = [(0, i) for i in range(20)]
print(sorted(eq, key=len) == eq, sorted(eq, key=min if False else len, reverse=True) == eq)
data = [(i * 7) % 10 for i in range(30)]
keyed = sorted(range(30), key=data.__getitem__) if False else sorted([(data[i], i) for i in range(30)])
print(keyed[:10])
print(sorted('Mississippi'), sorted({'b': 1, 'a': 2}), sorted({3, 1, 2}, reverse=True), sorted(range(5, 0, -1)))
print(sorted([]), sorted([1]), sorted((2, 1)), sorted([1.5, float('inf'), -float('inf'), 0.0, -0.0]))
a = [4, 1, 3]
print(a.sort(), a, a.sort(reverse=True), a, sorted(a) is a)
