# Breadth-first search over a grid with a deque as the queue, and a sliding
# window maximum with a deque of indexes: deques at work.
from collections import deque

GRID = [
    "S..#......",
    ".#.#.####.",
    ".#...#....",
    ".####.#.#.",
    "......#.#E",
]


def neighbours(row, column):
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        r, c = row + dr, column + dc
        if 0 <= r < len(GRID) and 0 <= c < len(GRID[0]) and GRID[r][c] != "#":
            yield r, c


def find(mark):
    for r, line in enumerate(GRID):
        if mark in line:
            return r, line.index(mark)
    raise ValueError(mark)


def shortest_path(start, goal):
    queue = deque([start])
    came_from = {start: None}
    while queue:
        cell = queue.popleft()
        if cell == goal:
            break
        for step in neighbours(*cell):
            if step not in came_from:
                came_from[step] = cell
                queue.append(step)
    path = deque()
    cell = goal
    while cell is not None:
        path.appendleft(cell)
        cell = came_from[cell]
    return path


path = shortest_path(find("S"), find("E"))
print(len(path) - 1, "steps")
print(list(path)[:5], "...", path[-1])
rows = [list(line) for line in GRID]
for r, c in list(path)[1:-1]:
    rows[r][c] = "*"
for line in rows:
    print("".join(line))


def window_maxima(values, width):
    window = deque()
    result = []
    for i, value in enumerate(values):
        while window and values[window[-1]] <= value:
            window.pop()
        window.append(i)
        if window[0] <= i - width:
            window.popleft()
        if i >= width - 1:
            result.append(values[window[0]])
    return result


print(window_maxima([1, 3, -1, -3, 5, 3, 6, 7], 3))

recent = deque(maxlen=4)
for word in "the quick brown fox jumps over the lazy dog".split():
    recent.append(word)
    print(" ".join(recent))

ring = deque(range(1, 8))
order = []
while ring:
    ring.rotate(-2)
    order.append(ring.pop())
print("josephus", order)

big = deque()
for i in range(100000):
    big.appendleft(i)
    if i % 3 == 0:
        big.pop()
print(len(big), big[0], big[-1], sum(big) % 1000)
