xs = [1, 2, 3]
for i in [0, 2, 3, -3, -4, 100]:
    try:
        print(i, xs[i])
    except IndexError as e:
        print(i, "IndexError:", e)
try:
    print("abc"[5])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print((1, 2)[2])
except IndexError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    xs[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
d = {"a": 1}
for k in ["a", "b", 3, (1, 2)]:
    try:
        print(k, d[k])
    except KeyError as e:
        print("KeyError:", e, repr(e))
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
try:
    range(5)[7]
except IndexError as e:
    print(type(e).__name__, e)
