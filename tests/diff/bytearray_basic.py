# bytearray construction, repr, length, comparison with bytes, truth, unhashability, copies.
print(bytearray(), bytearray(3), bytearray(b"abc"), bytearray([1, 2, 255]), bytearray("hé", "utf-8"))
print(bytearray(range(3)), bytearray(bytearray(b"x")), bytearray(source=b"kw"), bytearray(b"q'"))
a = bytearray(b"hello")
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], type(a[1:3]).__name__)
print(a == b"hello", a == bytearray(b"hello"), a != b"x", a < b"help", a > bytearray(b"hell"))
print(bool(bytearray()), bool(a), list(a), 108 in a, b"ell" in a)
b = bytearray(a)
b[0] = 72
print(a, b, a is b)
c = bytes(b)
print(c, type(c).__name__)
for bad in [[300], ["x"], 1.5, None, -2, "text"]:
    try:
        print(bytearray(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(hash(a))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(a[5])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(a["x"])
except Exception as e:
    print(type(e).__name__, e)
print(a + b"!", b"!" + a, a * 2, 2 * a, type(b"x" + a).__name__, type(a + b"x").__name__)
try:
    print(a + "x")
except Exception as e:
    print(type(e).__name__, e)
it = iter(a)
print(type(it).__name__, next(it))
