def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
for n in range(12):
    print(n, is_even(n), is_odd(n))
def count_down(n, acc):
    if n == 0:
        return acc
    return count_up(n - 1, acc + [n])
def count_up(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + [-n])
print(count_down(9, []))
