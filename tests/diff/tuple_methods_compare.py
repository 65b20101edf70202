# tuple count/index, comparisons, concatenation, repetition and conversions
t = (1, 2, 3, 2, 1)
print(t.count(2), t.count(9), t.count(1.0), t.index(2), t.index(2, 2), t.index(1, -2), t.index(3, 0, 3))
print(t + (4,), t * 2, 0 * t, -1 * t, t[1:], t[::-1], t[::2], t[-2:], t[10:], t[:-10])
print((1,) < (1, 2), (2,) > (1, 5), () == (), (1, [2]) == (1, [2]), (1, 2) <= (1, 2), (1, 2.0) == (1, 2), (0,) < (0.5,))
print((1, 'a') < (1, 'b'), (1, (2, 3)) < (1, (2, 4)), (None,) == (None,), ((),) > (), max([(1, 2), (1, 3)]))
print(repr((1,)), repr(()), str((1, 'a')), tuple([1, 2]), tuple('ab'), tuple({1: 2}), tuple(range(3)), tuple(), tuple((1,)))
a = (1, 2)
b = a
b += (3,)
print(a, b, a is b)
b *= 2
print(b, len(b), 3 in b, 5 not in b)
for call in range(8):
    try:
        if call == 0:
            t[5]
        elif call == 1:
            t + [1]
        elif call == 2:
            t.index(9)
        elif call == 3:
            (1, 'a') < ('a', 1)
        elif call == 4:
            t * 1.5
        elif call == 5:
            t['x']
        elif call == 6:
            t.count()
        else:
            tuple(1)
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
x, *rest = t
print(x, rest, t[0:0], (t,), ((1, 2),) * 2)
