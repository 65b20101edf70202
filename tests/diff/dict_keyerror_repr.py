# KeyError messages and reprs for many key types
keys = ['s', '', 1, 0, -5, 2.5, (1, 2), (), None, True, frozenset({1}), 'quote\'s', 'new\nline']
d = {}
for k in keys:
    try:
        d[k]
    except KeyError as e:
        print(repr(e), str(e), e.args)
for k in keys:
    try:
        del d[k]
    except KeyError as e:
        print('del', repr(e))
try:
    {}.pop((1,))
except KeyError as e:
    print(e, repr(e))
try:
    s = set()
    s.remove(())
except KeyError as e:
    print(e, repr(e))
try:
    s = set()
    s.remove((1, 2))
except KeyError as e:
    print(e, repr(e), e.args)
