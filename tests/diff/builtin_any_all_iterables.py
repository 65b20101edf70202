# all/any over every iterable kind, short-circuiting on iterators
print(all([]), any([]), all([1, 2]), any([0, '']), all([x > 0 for x in [1]]), any('a'), all(''), any(range(0)))
print(all({1: 0}), any({0: 1}), all({0}), any(set()), all((1, [])), any(([],)), all(range(1, 5)), any(range(-1, 1)))
print(all([[], 1]), any([None, 0.0, '0']), all(iter([1, 1])), any(map(abs, [0, 0])))
it = iter([1, 0, 2, 3])
print(all(it), list(it))
it = iter([0, 5, 0, 7])
print(any(it), list(it))
for v in [1, None]:
    try:
        all(v)
    except TypeError as e:
        print(e)
    try:
        any(v)
    except TypeError as e:
        print(e)
