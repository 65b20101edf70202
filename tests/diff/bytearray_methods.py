# Read-only methods on bytearray return bytearray (not bytes) and accept bytes arguments.
a = bytearray(b"  Hello, World  ")
print(a.strip(), a.lower(), a.upper(), a.split(), a.split(b","), a.replace(b"l", b"L"))
print(a.find(b"o"), a.count(b"l"), a.startswith(b"  H"), a.endswith(b" "), a.index(b"W"))
print(a.partition(b","), a.rpartition(b" "), a.center(20, b"*"), a.zfill(18))
print(bytearray(b"a\nb").splitlines(), bytearray(b"-").join([b"x", bytearray(b"y")]))
print(bytearray(b"abc").hex(), bytearray(b"\xff").decode("latin-1"), bytearray(b"ok").decode())
print(bytearray(b"xyz").translate(bytes.maketrans(b"x", b"X")), bytearray(b"pre-x").removeprefix(b"pre-"))
print(bytearray(b"t\tb").expandtabs(), bytearray(b"a b").title(), bytearray(b"AB").isupper())
results = [a.strip(), a.split()[0], a.partition(b",")[0], a.replace(b"x", b"y"), a[0:2], a.copy()]
print([type(r).__name__ for r in results])
print(bytearray(b"abc").strip(b"") is not None, b"abc".strip(b"") == b"abc")
