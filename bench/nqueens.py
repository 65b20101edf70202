# N-queens: every placement of N non-attacking queens, found twice: by recursive
# backtracking over column/diagonal sets, and by filtering permutations built by a
# generator (the pyperformance shape). Measures recursion, sets, generators, tuples.
N = 12
PERMUTATION_N = 9


def solve_backtracking(n):
    solutions = []
    columns = set()
    diagonals = set()
    anti_diagonals = set()
    placement = []

    def place(row):
        if row == n:
            solutions.append(tuple(placement))
            return
        for column in range(n):
            if column in columns or row - column in diagonals or row + column in anti_diagonals:
                continue
            columns.add(column)
            diagonals.add(row - column)
            anti_diagonals.add(row + column)
            placement.append(column)
            place(row + 1)
            placement.pop()
            columns.remove(column)
            diagonals.remove(row - column)
            anti_diagonals.remove(row + column)

    place(0)
    return solutions


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for index in range(len(items)):
        rest = items[:index] + items[index + 1:]
        for tail in permutations(rest):
            yield (items[index],) + tail


def solve_permutations(n):
    columns = list(range(n))
    return [p for p in permutations(columns)
            if n == len(set(p[i] + i for i in columns)) == len(set(p[i] - i for i in columns))]


def checksum(solutions):
    total = 0
    for solution in solutions:
        for column in solution:
            total = (total * 7 + column) % 1000000007
    return total


for size in range(4, N + 1):
    found = solve_backtracking(size)
    print("backtracking", size, len(found), checksum(found))
found = solve_permutations(PERMUTATION_N)
print("permutations", PERMUTATION_N, len(found), checksum(found), found[0], found[-1])
