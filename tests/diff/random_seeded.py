import random
for s in [0, 1, 42, -7, 2**32, 2**100 + 12345, 123456789012345678901234567890]:
    random.seed(s)
    print(s, random.random(), random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(200))
    print([random.randrange(10) for _ in range(8)], random.randrange(10**30), random.randrange(-5, 5, 3), random.randrange(10, 0, -2))
    print([random.randint(1, 6) for _ in range(10)], random.randint(-2**70, 2**70))
    xs = list(range(12)); random.shuffle(xs); print(xs, random.choice("abcdef"), random.choice(xs))
    print(random.uniform(1, 5), random.uniform(-1.5, 2.5))
random.seed(3.5); print(random.random())
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0), lambda: random.randrange(5, 1, 1), lambda: random.randrange(1, 5, -1), lambda: random.choice([]), lambda: random.randrange(1.5), lambda: random.getrandbits(-1)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
