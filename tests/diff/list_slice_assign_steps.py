# slicing get/set/del with steps and negative indices
x = list(range(10))
print(x[::2], x[::-1], x[-3:], x[1:8:3], x[8:1:-2], x[100:], x[-100:2], x[5:2], x[-1:-4:-1])
print(x[::-3], x[7::-2], x[:-7:-1], x[-2::-4], x[3:3], x[::100], x[::-100])
x[1:3] = [10, 20, 30]
print(x)
x[::2] = [0] * len(x[::2])
print(x)
try:
    x[::2] = [1, 2]
except ValueError as e:
    print(e)
try:
    x[::-1] = []
except ValueError as e:
    print(e)
del x[::3]
print(x)
del x[-2:]
print(x)
del x[::-2]
print(x)
x = [1, 2, 3]
x[5:] = [9]
print(x)
x[:0] = [7, 7]
print(x)
x[-1:] = 'ab'
print(x)
x[1:4] = []
print(x)
x[:] = range(5)
print(x)
x[::-1] = x
print(x)
x[1:1] = x
print(x)
x[2:4] = (5, 6, 7, 8)
print(x)
del x[:]
print(x)
y = list(range(20))
y[2:15:4] = 'abcd'
print(y)
del y[100:]
del y[-100:1]
print(y)
try:
    y[0:2] = 5
except TypeError as e:
    print(e)
try:
    del y[50]
except IndexError as e:
    print(e)
try:
    y[50] = 1
except IndexError as e:
    print(e)
try:
    y[1.5]
except TypeError as e:
    print(e)
print(y[True], y[-True], y[False:True])
