# Fannkuch-redux (the Computer Language Benchmarks Game): every permutation of 1..N
# in the order of the benchmark's counting scheme, the number of prefix reversals
# ("pancake flips") each needs, the maximum and an alternating-sign checksum.
# Measures small-int list indexing, slice reversal and tight loops.
N = 10


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    permutation_index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        first = perm[0]
        while first != 0:
            # Reverse the first first+1 elements in place.
            i = 0
            j = first
            while i < j:
                perm[i], perm[j] = perm[j], perm[i]
                i += 1
                j -= 1
            flips += 1
            first = perm[0]
        if flips > max_flips:
            max_flips = flips
        if permutation_index % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        # Next permutation: rotate the first r+1 elements until a counter is left.
        while True:
            if r == n:
                return checksum, max_flips
            perm0 = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        permutation_index += 1


checksum, max_flips = fannkuch(N)
print(checksum)
print(f"Pfannkuchen({N}) = {max_flips}")
