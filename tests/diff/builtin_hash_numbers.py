# hash() of ints, floats, bools, None-free values equals CPython's
for v in [0, 1, -1, -2, 2**31, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63, 2**64, -2**63, -2**61, 10**20, -10**30]:
    print(v, hash(v))
for f in [0.0, -0.0, 0.5, 1.5, -1.5, 1e300, 1e-300, 3.141592653589793, 2.0**61, 2.0**62, 123456.789, float('inf'), float('-inf')]:
    print(f, hash(f))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True), hash(2**61) == hash(1))
print(hash('abc'), hash(''), hash('hello world'), hash('\u00e9'), hash('\u2603'), hash('\U0001f600'))
print(hash(range(3)) == hash(range(0, 3, 1)), hash(slice(1, 2)) if False else 0)
try:
    hash([])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
try:
    hash(set())
except TypeError as e:
    print(e)
print(hash(frozenset()), hash(frozenset([0])), hash(frozenset(range(10))), hash(frozenset('abc')))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset({(1, 2)})))
