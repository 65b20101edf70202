a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = (1, 2, 3, 4)
print(a, b)
a, *b, c = range(10)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
first, second, *others = "abcdefg"
print(first, second, others)
for head, *tail in [[1, 2, 3], [4], [5, 6]]:
    print(head, tail)
