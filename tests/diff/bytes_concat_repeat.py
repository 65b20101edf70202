# + and * on bytes and bytearray, with the result types and CPython's TypeErrors.
a = b"ab"
b = b"cd"
print(a + b, a + b"", b"" + a, a + bytearray(b"ef"))
print(a * 3, 3 * a, a * 0, a * -2, a * 1, a * True)
print(b"" * 100, len(b"xy" * 1000))
x = b"start"
x += b"-more"
print(x)
x *= 2
print(x)
pairs = [("str", "s"), ("int", 1), ("list", [1])]
for name, other in pairs:
    try:
        print(a + other)
    except Exception as e:
        print(name, type(e).__name__, e)
for other in ["s", 1.5, b"x"]:
    try:
        print(a * other)
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(1 + a)
except Exception as e:
    print(type(e).__name__, e)
try:
    print("s" + a)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(a - b)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(-a)
except Exception as e:
    print(type(e).__name__, e)
parts = []
for i in range(5):
    parts.append(bytes([48 + i]) * (i + 1))
print(b"|".join(parts))
