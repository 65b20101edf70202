board = [[r * 3 + c for c in range(3)] for r in range(3)]
print(board)
for row in board:
    print(row, sum(row), max(row))
print([board[i][i] for i in range(3)], [row[2] for row in board])
transpose = [[board[r][c] for r in range(3)] for c in range(3)]
print(transpose)
deep = [1, [2, [3, [4, [5]]]]]
print(deep, deep[1][1][1][1][0], len(deep[1]))
flat = []
for row in board:
    for x in row:
        flat.append(x)
print(flat)
board[0] = [9, 9]
print(board, len(board[0]))
