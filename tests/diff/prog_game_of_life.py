def step(grid):
    rows = len(grid)
    cols = len(grid[0])
    new = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            alive = 0
            for dr in [-1, 0, 1]:
                for dc in [-1, 0, 1]:
                    if dr == 0 and dc == 0:
                        continue
                    rr = (r + dr) % rows
                    cc = (c + dc) % cols
                    alive += grid[rr][cc]
            if grid[r][c] == 1 and (alive == 2 or alive == 3):
                new[r][c] = 1
            elif grid[r][c] == 0 and alive == 3:
                new[r][c] = 1
    return new
def show(grid):
    for row in grid:
        print("".join(["#" if v else "." for v in row]))
grid = [[0] * 12 for _ in range(10)]
for r, c in [(1, 2), (2, 3), (3, 1), (3, 2), (3, 3), (6, 7), (6, 8), (6, 9)]:
    grid[r][c] = 1
for generation in range(6):
    print("generation", generation, "alive", sum([sum(row) for row in grid]))
    show(grid)
    grid = step(grid)
for generation in range(6, 40):
    grid = step(grid)
print("generation 40 alive", sum([sum(row) for row in grid]))
show(grid)
