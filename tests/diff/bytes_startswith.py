# startswith and endswith with tuples, bounds and CPython's TypeErrors.
data = b"hello world"
print(data.startswith(b"hello"), data.startswith(b"world"), data.endswith(b"world"), data.endswith(b"o"))
print(data.startswith(b""), data.endswith(b""), b"".startswith(b""), b"".endswith(b"x"))
print(data.startswith((b"x", b"he")), data.endswith((b"x", b"y")), data.startswith(()))
print(data.startswith(b"world", 6), data.startswith(b"wor", 6, 8), data.endswith(b"hello", 0, 5))
print(data.startswith(b"", 11), data.startswith(b"", 12), data.endswith(b"d", -1), data.endswith(b"l", None, -1))
print(data.startswith(bytearray(b"hell")), bytearray(data).endswith(b"rld"))
for prefix in ["he", ["he"], 104, (b"he", "x")]:
    try:
        print(data.startswith(prefix))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(data.endswith("d"))
except Exception as e:
    print(type(e).__name__, e)
