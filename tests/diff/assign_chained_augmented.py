a = b = c = 1
print(a, b, c)
a += 1
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x == y)
i = j = 0
i, j = i + 1, i + 2
print(i, j)
s = "ab"
s += "cd"
s *= 2
print(s)
f = 1.5
f *= 4
f -= 0.5
f /= 2
f //= 1
f **= 2
f %= 7
print(f)
lst = [1]
lst += [2, 3]
lst *= 2
print(lst)
t = (1,)
t += (2,)
print(t)
n = 10
n -= 20
n *= -n
print(n)
