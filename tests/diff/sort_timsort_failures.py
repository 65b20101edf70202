seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

def digest(xs):
    h = 0
    for x in xs:
        h = (h * 31 + hash(x)) % 1000000007
    return h

# random, sorted, reversed, sawtooth, few distinct, with failures mid-merge
for n in [0, 1, 2, 5, 31, 32, 33, 63, 64, 65, 100, 257, 1000, 5000]:
    a = [rnd(1000) for i in range(n)]
    b = sorted(a)
    print(n, digest(b), b[:5], b == sorted(b, reverse=True)[::-1])
    c = [rnd(10) for i in range(n)]
    d = sorted(range(n), key=abs)
    e = [(c[i], i) for i in range(n)]
    f = sorted(e, key=len)
    print(digest(sorted(c)), digest(sorted(c, reverse=True)), d == list(range(n)), f == e)
for n in [50, 70, 200, 1000, 3000]:
    for trial in range(4):
        a = [rnd(100000) for i in range(n)]
        if trial == 1:
            a.sort()
            a = a[: n // 2] + a[n // 3:]
        if trial == 2:
            a = list(range(n // 2)) + list(range(n // 2, 0, -1))
        pos = rnd(n)
        a[pos] = 'x'
        try:
            a.sort()
        except TypeError as ex:
            print(n, trial, ex, digest([v for v in a if v != 'x']), a.index('x'))
        a[a.index('x')] = 'y'
        try:
            a.sort(reverse=True)
        except TypeError as ex:
            print('rev', n, trial, digest([v for v in a if v != 'y']), a.index('y'))
# stability with keys and reverse
words = [str(rnd(50)) for i in range(500)]
print(digest(sorted(words)), digest(sorted(words, key=len)), digest(sorted(words, key=len, reverse=True)))
fl = [rnd(1000) / 7 for i in range(300)]
print(digest(sorted(fl)), sorted(fl)[:3], sorted(fl, reverse=True)[:3])
mixed = [rnd(100) if i % 2 else rnd(100) + 0.5 for i in range(300)]
print(digest(sorted(mixed)), sorted(mixed)[:6])
big = [rnd(1000) * 10**20 for i in range(200)]
print(digest(sorted(big)) == digest(sorted(big, reverse=True)[::-1]))
tuples = [(rnd(5), str(rnd(5))) for i in range(300)]
print(digest(sorted(tuples)), sorted(tuples)[:4], sorted(tuples, reverse=True)[:4])
nested = [[rnd(3), rnd(3)] for i in range(100)]
nested.sort()
print(nested[:5], nested[-3:])
