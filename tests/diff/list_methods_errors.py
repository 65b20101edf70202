# list methods and their CPython error messages
l = [1, 2, 3, 2, 1]
print(l.index(2), l.index(2, 2), l.index(1, -2), l.index(3, 0, 3), l.count(2), l.count(9), l.count(1.0))
l.insert(-1, 99)
l.insert(100, 5)
l.insert(-100, 0)
print(l)
l.reverse()
print(l)
print(l.copy(), l.pop(), l.pop(0), l.pop(-2), l)
l.remove(2)
print(l)
l.clear()
print(l, len(l))
for call in range(8):
    try:
        if call == 0:
            [1].remove(5)
        elif call == 1:
            [].pop()
        elif call == 2:
            [1].pop(5)
        elif call == 3:
            [1, 2].index(5)
        elif call == 4:
            [1, 2].index(1, 1)
        elif call == 5:
            [].pop(-1)
        elif call == 6:
            [1].insert(1)
        else:
            [1].append(1, 2)
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    [].count()
except TypeError as e:
    print(e)
try:
    [].sort(1)
except TypeError as e:
    print(e)
try:
    [].sort(cmp=1)
except TypeError as e:
    print(e)
try:
    [].reverse(1)
except TypeError as e:
    print(e)
try:
    [1].index('a', 'b')
except TypeError as e:
    print(e)
m = [5, 6]
m.extend(m)
print(m)
m.append(m)
print(m)
print(list("abc"), list((1, 2)), list({1: 2}), list(range(3)), list(), list([]) == [])
