# Items read from lists whose elements are never replaced are borrowed by the
# compiled code (no reference count traffic); these cases check that such an
# item stays valid wherever it flows.


def first(rows):
    return rows[0]


def describe(row, label):
    return label + ":" + str(len(row)) + ":" + str(row)


def rebind_after_read():
    rows = [["a", "b"], ["c"]]
    r = rows[1]
    rows = None
    print(r, rows)
    return r


def through_phi(n):
    rows = [[i, i * 2] for i in range(n)]
    cur = rows[0]
    for i in range(n):
        if i % 2 == 1:
            cur = rows[i]
    rows = []
    return cur


def store_elsewhere():
    keep = []
    rows = [["x" * k] for k in range(1, 4)]
    for i in range(len(rows)):
        keep.append(rows[i])
    rows = None
    return keep


def last_of_loop():
    rows = [[1.5, 2.5], [3.5], [4.5, 5.5, 6.5]]
    last = None
    for row in rows:
        last = row
    rows = None
    return last


def overflow_while_borrowed(rows):
    total = 0
    for i in range(len(rows)):
        row = rows[i]
        big = 2 ** 62
        big = big * (i + 3)
        total += big
        print(row, big)
    return total


def nested(grid):
    out = []
    for i in range(len(grid)):
        for j in range(len(grid[i])):
            cell = grid[i][j]
            out.append(cell[0] + str(i) + str(j))
    return out


def index_error_while_live(rows):
    row = rows[0]
    try:
        other = rows[5]
        print(other)
    except IndexError as e:
        print("caught", e, row)
    return row


def mutated_elsewhere():
    rows = [["p"], ["q"], ["r"]]
    got = rows[0]
    rows.pop(0)
    rows[0] = ["z"]
    print(got, rows)
    return got


print(first([["one"], ["two"]]))
print(describe(first([[1, 2, 3]]), "row"))
print(rebind_after_read())
print(through_phi(6))
print(store_elsewhere())
print(last_of_loop())
print(overflow_while_borrowed([["a"], ["b", "c"], []]))
print(nested([[["x"], ["y"]], [["z"]]]))
print(index_error_while_live([["only"]]))
print(mutated_elsewhere())


def truth_tests(rows):
    count = 0
    for i in range(len(rows)):
        if rows[i]:
            count += 1
        while not rows[i]:
            break
    pick = rows[0] or rows[1]
    also = rows[1] and rows[0]
    rows = None
    return count, pick, also


print(truth_tests([[], ["t"], []]))
print(truth_tests([["first"], []]))
