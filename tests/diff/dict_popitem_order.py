# popitem is LIFO; deletion and reinsertion move keys to the end
d = {}
for i in range(10):
    d[str(i)] = i
out = []
while d:
    out.append(d.popitem())
print(out)
d = dict.fromkeys('abcdef', 0)
del d['c']
d['c'] = 1
print(list(d), d.popitem(), list(d))
d['a'] = 9
print(list(d))
d.pop('a')
d['a'] = 10
print(d)
for i in range(100):
    d[i] = i
for i in range(0, 100, 2):
    del d[i]
print(list(d)[:10], len(d), d.popitem(), d.popitem())
d.update({1: 'one', 3: 'three', 200: 'x'})
print(list(d)[-5:], list(reversed(d))[:5])
