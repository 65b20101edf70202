x = None
print(x, repr(x), str(x), x is None, x is not None, x == None, not x)
def nothing():
    pass
def maybe(n):
    if n > 2:
        return n * 2
r = nothing()
print(r)
for i in range(5):
    v = maybe(i)
    print(i, v, v is None)
print(None or 5, None and 5, 0 or None, [None, None], (None,))
d = {"a": None}
print(d, d.get("a"), d.get("b"), d.get("b", None))
