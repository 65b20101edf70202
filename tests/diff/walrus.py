import_free = [1, 5, 12, 7, 20, 3]
if (n := len(import_free)) > 3:
    print("long", n)
total = 0
while (chunk := import_free[total:total + 2]):
    print(chunk)
    total += 2
values = [y for x in import_free if (y := x * 2) > 10]
print(values, y)
def f(data):
    if (hit := max(data)) > 10:
        return hit
    return -1
print(f([1, 2, 30]), f([1]))
def g(xs):
    return [last := v for v in xs], last
print(g([4, 5, 6]))
print((z := 5) + z, z)
class K:
    big = (w := 10) * 2
    other = w + 1
print(K.big, K.other)
