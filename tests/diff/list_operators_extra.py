# list + * += *= and comparisons, including aliasing through +=
a = [3, 1, 2]
print(a + [4], a * 2, 2 * a, a * -1, a * 0, [] * 5)
b = a
b += [5]
print(a, b is a)
b *= 2
print(a, len(a))
b *= 1
print(a)
c = a
c = c + [0]
print(a, c, c is a)
print([1, 2] < [1, 3], [1, 2] <= [1, 2], [2] > [1, 5], [] == [], [1] != [1], [1, 2] >= [1, 2, 0])
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] < [1, [2, 4]], [[]] > [], [0.0] == [0], [True] == [1])
x = [1, 2]
x += (3, 4)
x += "ab"
x += range(2)
x += {9: 'nine'}
print(x)
x.extend(range(2))
x.extend({5: 1})
print(x)
print([0] * 3, [[0]] * 2, [1, 2] * 0, [None] * 4)
grid = [[0] * 2] * 2
grid[0][0] = 7
print(grid)
try:
    [1] + (1,)
except TypeError as e:
    print(e)
try:
    [1] * 'a'
except TypeError as e:
    print(e)
try:
    [1] * 2.0
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print(e)
try:
    x = [1]
    x += 5
except TypeError as e:
    print(e)
try:
    [] - []
except TypeError as e:
    print(e)
print(len([1, 2]), 2 in [1, 2], 3 not in [1, 2], [1] in [[1], 2], 'a' in ['abc'])
