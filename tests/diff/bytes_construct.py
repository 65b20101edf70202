# bytes(...) construction from nothing, counts, iterables, buffers and strings, with CPython's errors.
print(bytes())
print(bytes(0), bytes(3))
print(bytes([65, 66, 67]), bytes((0, 255)), bytes(range(5)))
print(bytes(b"copy"), bytes(bytearray(b"from array")))
print(bytes("text", "utf-8"), bytes("héllo", "utf-8"), bytes("héllo", "latin-1"))
print(bytes("abc", encoding="ascii"), bytes(source=b"kw"))
print(bytes("é", "ascii", "ignore"), bytes("é", "ascii", errors="replace"))
print(bytes([True, False]), bytes({1: 2, 3: 4}))
print(bytes([x * 2 for x in [1, 2, 3]]))
print(bytes(False), bytes(True))
values = [[1, 256], [-1], [1, "a"], [1.0], 1.5, None, -1, "x", 2 ** 70]
for value in values:
    try:
        print(bytes(value))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(bytes(5, "utf-8"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(bytes(b"x", encoding="ascii"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(bytes("é", "ascii"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(bytes("x", "nope"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(bytes("x", 5))
except Exception as e:
    print(type(e).__name__, e)
x = b"same"
print(bytes(x) is x, bytes(x) == x)
