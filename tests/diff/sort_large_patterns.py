# Timsort on larger inputs: runs, galloping, many duplicates, floats and strings
seed = 2024
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

def digest(xs):
    h = 0
    for x in xs:
        h = (h * 1000003 + hash(x)) % 4294967291
    return h

base = [rnd(10000) for i in range(3000)]
asc = sorted(base)
patterns = {
    'random': base,
    'sorted': asc,
    'reversed': asc[::-1],
    'two_runs': asc[1500:] + asc[:1500],
    'sawtooth': [i % 37 for i in range(3000)],
    'organ': list(range(1500)) + list(range(1500, 0, -1)),
    'dups': [rnd(3) for i in range(3000)],
    'plateaus': sorted(base[:1000]) * 3,
    'interleaved': [v for pair in zip(asc[:1500], asc[1500:]) for v in pair],
}
for name in patterns:
    xs = patterns[name]
    s = sorted(xs)
    r = sorted(xs, reverse=True)
    print(name, len(s), s[0], s[-1], digest(s), digest(r), s == r[::-1] or len(set(xs)) < len(xs))
fl = [rnd(100000) / 13.0 - 3000 for i in range(2000)]
print(digest(sorted(fl)), sorted(fl)[:3], sorted(fl)[-2:])
st = [str(rnd(100000)) for i in range(2000)]
print(digest(sorted(st)), sorted(st)[:5], sorted(st, key=len)[:5])
longs = ['prefix_' + str(rnd(1000)) + '_suffix' for i in range(1000)]
print(digest(sorted(longs)), sorted(longs)[:2])
big = [rnd(1000) * 10**30 - 10**32 for i in range(1000)]
print(digest(sorted(big)), sorted(big)[:2])
tup = [(rnd(10), rnd(10), str(rnd(5))) for i in range(2000)]
print(digest(sorted(tup)), sorted(tup)[:3], sorted(tup, reverse=True)[:3])
