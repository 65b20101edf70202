# hash() of ints: the modulus 2**61 - 1 reduction, hash(-1) == -2, sign
# symmetry, and equality with the hash of equal floats and bools.
M = 2**61 - 1
values = [0, 1, -1, 2, -2, M - 1, M, M + 1, -M, -M - 1, 2**61, 2**62, 2**63 - 1, -2**63, 2**64,
          2**100, -(2**100), 10**30, -(10**30), 3**200, M * M, M * 5 - 1]
for v in values:
    print(v % 1000, hash(v), hash(v) == hash(-v) * -1 or v == -1 or v == 1 or hash(v) == -2)
for v in [0, 1, -1, 2**52, 2**53, 2**60, 2**70, -(2**80), 10**20]:
    print(hash(v) == hash(float(v)), hash(float(v)))
print(hash(True), hash(False), hash(True) == hash(1))
total = 0
x = 1
for i in range(200):
    x = x * 6364136223846793005 + 1442695040888963407
    total = (total + hash(x) + hash(-x)) % 1000000007
print(total)
