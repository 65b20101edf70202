t = tuple(range(10, 20))
print(t, t[3], t[-2], t[2:5], t[::3], t[::-1], t[7:2:-2])
for i in range(-3, 3):
    print(i, t[i], t[i:], t[:i])
nested = ((1, 2), (3, 4), (5, 6))
print(nested[1], nested[2][0], [p[1] for p in nested], sum([a * b for a, b in nested]))
print(len(t), max(t), min(t), sum(t), sorted((3, 1, 2)), list(t[:3]))
