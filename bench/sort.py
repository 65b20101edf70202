# Sorting: list.sort and sorted() on random, sorted, reversed, nearly sorted and
# sawtooth data of ints, floats, strings and tuples, with key= and reverse=.
SIZE = 200000
ROUNDS = 3


def make_random(count, seed):
    values = []
    for i in range(count):
        seed = (seed * 1103515245 + 12345) % 2147483648
        values.append(seed % 1000000)
    return values


def checksum(values):
    total = 0
    step = len(values) // 97 + 1
    for i in range(0, len(values), step):
        total = (total * 31 + hash(values[i])) % 1000000007
    return total


def run_round(seed):
    data = make_random(SIZE, seed)
    total = 0
    total += checksum(sorted(data))
    ascending = sorted(data)
    total += checksum(sorted(ascending))
    total += checksum(sorted(ascending, reverse=True))
    descending = ascending[::-1]
    total += checksum(sorted(descending))
    nearly = ascending[:]
    for i in range(0, SIZE, 1000):
        nearly[i] = data[i]
    total += checksum(sorted(nearly))
    sawtooth = [(i * 7919) % 5000 for i in range(SIZE)]
    total += checksum(sorted(sawtooth))
    floats = [value / 7.0 for value in data]
    total += checksum(sorted(floats))
    words = [str(value) for value in data[: SIZE // 2]]
    total += checksum(sorted(words))
    total += checksum(sorted(words, key=len))
    pairs = [(value % 100, value) for value in data[: SIZE // 4]]
    total += checksum(sorted(pairs))
    signed = [value - 500000 for value in data]
    total += checksum(sorted(signed, key=abs, reverse=True))
    data.sort()
    total += checksum(data)
    return total % 1000000007


def main():
    total = 0
    for round_number in range(ROUNDS):
        total = (total + run_round(round_number + 1)) % 1000000007
    print("checksum", total)


main()
