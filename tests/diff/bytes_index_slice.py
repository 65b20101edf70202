# Indexing gives ints, slicing gives bytes, with negative indexes, steps and errors.
data = b"0123456789"
print(data[0], data[9], data[-1], data[-10])
print(data[2:5], data[:3], data[7:], data[:], data[-3:])
print(data[::2], data[1::2], data[::-1], data[8:2:-2], data[-1:-4:-1])
print(data[5:2], data[100:], data[-100:2], data[3:3])
print(type(data[0]).__name__, type(data[0:1]).__name__)
print(data[True], data[False:True])
for index in [10, -11, 2 ** 70]:
    try:
        print(data[index])
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(data["1"])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(data[1.0])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(data[::0])
except Exception as e:
    print(type(e).__name__, e)
i = 0
total = 0
while i < len(data):
    total += data[i]
    i += 1
print(total)
print(b""[0:5], b"x"[5:])
