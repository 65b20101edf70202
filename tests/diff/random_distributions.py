# random's module-level choices, sample and distributions, seeded: CPython's numbers
import random
from collections import deque

random.seed(12345)
print([random.gauss() for _ in range(5)], random.gauss(10, 2), random.gauss(mu=-1, sigma=0.5))
random.seed(7)
print(random.gauss(), random.gauss())
random.seed(7)
print(random.gauss(), random.random())
print([random.normalvariate() for _ in range(4)], random.normalvariate(100, 15))
print([random.expovariate() for _ in range(3)], random.expovariate(0.25), random.expovariate(lambd=3))
print([random.triangular() for _ in range(3)], random.triangular(1, 10), random.triangular(0, 10, 9), random.triangular(5, 5, 5))
print(random.choices("abcdef", k=10), random.choices([1, 2, 3]), random.choices(range(100), k=0))
print(random.choices(["x", "y", "z"], [1, 5, 10], k=12), random.choices("ab", cum_weights=[0.5, 1.0], k=8))
print(random.choices(("r", "g"), weights=[0, 3], k=4), random.choices([10, 20, 30], [0.1, 0.2, 0.7], k=6))
print(random.sample(range(100), 10), random.sample("hello world", 4), random.sample([1, 2, 3], 3), random.sample((), 0))
print(random.sample(range(10**6), 8), random.sample(deque("abcdefgh"), 3), random.sample(list(range(40)), 30))
for bad in [lambda: random.sample({1, 2}, 1), lambda: random.sample([1, 2], 3), lambda: random.sample([1], -1),
            lambda: random.choices([1, 2], 5), lambda: random.choices([1, 2], [1], k=2),
            lambda: random.choices([1, 2], [0, 0]), lambda: random.choices([1, 2], [1, 1], cum_weights=[1, 2]),
            lambda: random.choices([], k=1), lambda: random.choices([1], [float("inf")]), lambda: random.expovariate(0),
            lambda: random.gauss("x"), lambda: random.choices([], [], k=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(random.random())
