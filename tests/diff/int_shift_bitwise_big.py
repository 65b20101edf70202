# Shifts and bitwise operators with two's complement semantics across the
# small/big boundary; negative shift counts; huge shift counts.
values = [0, 1, -1, 5, -5, 2**47 - 1, -2**47, 2**63, -(2**63) - 1, 2**100 + 3, -(2**100) - 3, 3**60]
for a in values:
    print(a << 1, a << 47, a << 100, a >> 1, a >> 47, a >> 100, a >> 1000, ~a)
for a in values:
    row = []
    for b in values:
        row.append((a & b) % 1000003)
        row.append((a | b) % 1000003)
        row.append((a ^ b) % 1000003)
    print(row)
for a in [1, -1, 2**70]:
    try:
        print(a << -1)
    except ValueError as e:
        print("ValueError", e)
    try:
        print(a >> -5)
    except ValueError as e:
        print("ValueError", e)
print(0 << 10**20, 1 >> 10**20, -1 >> 10**20, -(2**70) >> 10**10)
try:
    print(1 << 2**70)
except OverflowError as e:
    print("OverflowError", e)
except MemoryError:
    print("MemoryError")
print(True << 3, True & 3, False | 2, True ^ True, True & False, ~True)
