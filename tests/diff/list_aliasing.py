a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a == b)
c = a[:]
c.append(5)
print(a, c)
def add_item(lst, item):
    lst.append(item)
    return len(lst)
print(add_item(a, 99), a)
def replace(lst):
    lst = [0]
    return lst
print(replace(a), a)
m = [[1], [2]]
n = m[:]
n[0].append(100)
n[1] = [200]
print(m, n)
