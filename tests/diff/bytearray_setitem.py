# Item and slice assignment and deletion, including extended slices and errors.
a = bytearray(b"0123456789")
a[0] = 65
a[-1] = 90
print(a)
a[1:3] = b"xy"
print(a)
a[1:3] = b"LONGER"
print(a)
a[1:7] = b""
print(a)
a[2:2] = [33, 34]
print(a)
a[::2] = bytes(len(a[::2]))
print(a)
a[:] = b"fresh start"
print(a)
a[::-1] = b"reversed!!!"
print(a)
a[len(a):] = b"+tail"
print(a)
a[1:2] = bytearray(b"==")
print(a)
a[0:3] = range(97, 100)
print(a)
del a[0]
del a[-1]
print(a)
del a[1:4]
print(a)
del a[::2]
print(a)
del a[::-3]
print(a)
del a[:]
print(a, len(a))
b = bytearray(b"abcdef")
b[1:4] = b
print(b)
b = bytearray(b"abcdef")
for key, value in [(10, 1), (0, 256), (0, "a"), ("k", 1)]:
    try:
        b[key] = value
    except Exception as e:
        print(type(e).__name__, e)
for value in [5, "ab", [300], None]:
    try:
        b[0:2] = value
    except Exception as e:
        print(type(e).__name__, e)
try:
    b[::2] = b"xy"
except Exception as e:
    print(type(e).__name__, e)
try:
    del b[10]
except Exception as e:
    print(type(e).__name__, e)
try:
    del b["x"]
except Exception as e:
    print(type(e).__name__, e)
print(b)
