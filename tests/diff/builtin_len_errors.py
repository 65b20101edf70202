# len() of every sized type and errors for unsized values
print(len([]), len([1, 2]), len(()), len((1,)), len(''), len('abc'), len('\u2603\U0001f600'), len({}), len({1: 2}))
print(len(set()), len({1, 2, 2}), len(frozenset('aab')), len(range(10)), len(range(0, 10, 3)), len(range(5, 0)), len(range(-5, 5, -1)))
print(len({1: 2}.keys()), len({1: 2}.values()), len({1: 2, 3: 4}.items()), len(range(2**70)) if False else 0, len([[]] * 7))
for v in [5, 1.5, None, True, iter([]), zip(), enumerate([]), map(abs, []), len]:
    try:
        len(v)
    except TypeError as e:
        print(e)
try:
    len(range(2**70))
except OverflowError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len([], [])
except TypeError as e:
    print(e)
