# repr of lists and dicts holding themselves, and of nested containers
r = [1]
r.append(r)
print(r, repr(r), str(r))
d = {}
d['a'] = d
print(d)
d['l'] = [d, r]
print(d)
t = ([],)
t[0].append(t)
print(t)
s = [[], {}]
s[0].append(s)
s[1]['x'] = s
print(s)
print(repr([1, 'a', 2.5, None, True, (1,), [], {}, set(), frozenset()]))
print([['nested', ['deep', ['deeper']]]], [(1, 2), (3,)], [{'k': [1]}])
print(["quote's", 'dq"', 'both\'"', '\n\t'])
