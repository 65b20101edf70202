# "dictionary changed size during iteration" and safe mutation patterns
d = {i: i * i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print(e)
print(len(d))
d = {i: i for i in range(5)}
try:
    for k in d.keys():
        del d[k]
except RuntimeError as e:
    print(e)
print(d)
d = {i: i for i in range(5)}
try:
    for v in d.values():
        d.pop(4, None)
except RuntimeError as e:
    print(e)
d = {i: i for i in range(5)}
try:
    for item in d.items():
        d.clear()
except RuntimeError as e:
    print(e)
d = {i: i for i in range(5)}
for k in d:
    d[k] = d[k] * 10
print(d)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
it = iter(d)
print(next(it))
d['z'] = 1
try:
    next(it)
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(e)
print(s)
