# Pi digits by the unbounded spigot of the Computer Language Benchmarks Game:
# measures big-int multiplication, floor division and comparison on numbers
# that grow to tens of thousands of bits.
N = 6000


def pi_digits(count):
    accumulator = 0
    denominator = 1
    numerator = 1
    k = 0
    digits = []
    while len(digits) < count:
        k += 1
        k2 = k * 2 + 1
        accumulator = (accumulator + numerator * 2) * k2
        denominator *= k2
        numerator *= k
        if numerator > accumulator:
            continue
        digit = (numerator * 3 + accumulator) // denominator
        if digit != (numerator * 4 + accumulator) // denominator:
            continue
        digits.append(digit)
        accumulator = (accumulator - denominator * digit) * 10
        numerator *= 10
    return digits


digits = pi_digits(N)
for start in range(0, N, 10):
    line = "".join([str(d) for d in digits[start:start + 10]])
    print(line.ljust(10) + "\t:" + str(min(start + 10, N)))
checksum = 0
for d in digits:
    checksum = (checksum * 31 + d) % 1000000007
print("checksum", checksum, "sum", sum(digits))
