# reversed() over lists being mutated, tuples, strings, ranges and dict views
xs = [1, 2, 3, 4]
r = reversed(xs)
print(next(r))
xs.append(5)
print(list(r))
ys = [1, 2, 3]
r = reversed(ys)
ys.clear()
print(list(r))
print(list(reversed('h\u00e9llo')), ''.join(reversed('abc')), list(reversed((1, (2, 3)))), list(reversed(range(-5, 5, 4))))
d = {'one': 1, 'two': 2, 'three': 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
rd = reversed(d)
d['four'] = 4
try:
    next(rd)
except RuntimeError as e:
    print(e)
print(list(reversed([])), list(reversed(range(0))), list(reversed(range(2**64, 2**64 + 3))))
for thing in [{1, 2}, 5, iter([1])]:
    try:
        reversed(thing)
    except TypeError as e:
        print(e)
