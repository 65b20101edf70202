t = (1, 2, 3)
t = (1, 2, 3)
print(t + (4,), t * 2, 0 * t, t[1:], t[::-1], t.count(2), t.index(3), (1,) < (1, 2), (2,) > (1, 5), () == (), (1, [2]) == (1, [2]))
print(hash((1, 2, 3)), hash(((1,), (2,))), hash((None,)), hash((1.5, -1)), hash(tuple(range(20))))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
print(repr((1,)), repr(()), str((1, 'a')), tuple([1, 2]), tuple('ab'), tuple({1: 2}), tuple(range(3)))
try:
    t[5]
except IndexError as e:
    print(e)
try:
    t + [1]
except TypeError as e:
    print(e)
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    (1, 'a') < ('a', 1)
except TypeError as e:
    print(e)
