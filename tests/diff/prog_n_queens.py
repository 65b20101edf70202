def solve(n, row, cols, diag1, diag2):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if cols[c] or diag1[row + c] or diag2[row - c + n - 1]:
            continue
        cols[c] = True
        diag1[row + c] = True
        diag2[row - c + n - 1] = True
        count += solve(n, row + 1, cols, diag1, diag2)
        cols[c] = False
        diag1[row + c] = False
        diag2[row - c + n - 1] = False
    return count
def queens(n):
    return solve(n, 0, [False] * n, [False] * (2 * n), [False] * (2 * n))
for n in range(1, 9):
    print(n, queens(n))
def first_solution(n, row, placed):
    if row == n:
        return placed[:]
    for c in range(n):
        ok = True
        for r in range(row):
            if placed[r] == c or abs(placed[r] - c) == row - r:
                ok = False
                break
        if ok:
            placed.append(c)
            found = first_solution(n, row + 1, placed)
            if found:
                return found
            placed.pop()
    return []
board = first_solution(8, 0, [])
print(board)
for c in board:
    print(". " * c + "Q " + ". " * (7 - c))
