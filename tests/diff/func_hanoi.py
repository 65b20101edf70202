moves = []
def hanoi(n, source, target, spare):
    if n == 0:
        return 0
    count = hanoi(n - 1, source, spare, target)
    moves.append((n, source, target))
    count += 1
    count += hanoi(n - 1, spare, target, source)
    return count
print(hanoi(4, "A", "C", "B"))
for disk, a, b in moves:
    print("move disk", disk, "from", a, "to", b)
moves = []
print(hanoi(12, "L", "R", "M"), len(moves), moves[-1])
