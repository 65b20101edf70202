# ranges with huge bounds stay lazy and exact
big = range(2**64, 2**64 + 10, 3)
print(big, list(big), big[1], big[-1], 2**64 + 3 in big, 2**64 + 4 in big, big.index(2**64 + 6))
huge = range(-2**70, 2**70, 2**68)
print(list(huge), huge[3], huge[-2], 0 in huge, huge[2:5], huge[::-3])
try:
    len(range(2**70))
except OverflowError as e:
    print(e)
print(range(2**70)[2**69], range(2**70)[-1], bool(range(2**70)))
print(range(10**20, 10**20 + 3) == range(10**20, 10**20 + 3), list(range(10**20, 10**20 - 3, -1)))
