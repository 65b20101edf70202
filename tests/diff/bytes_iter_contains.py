# Iteration yields ints; `in` accepts an int byte value or a bytes-like subsequence.
data = b"hello"
for byte in data:
    print(byte, end=" ")
print()
print(list(data), tuple(b"ab"), sorted(b"dcba"), sum(b"\x01\x02\x03"))
print(max(b"azm"), min(b"azm"), len(b""))
print([b for b in b"xyz"], {b: 1 for b in b"aab"})
print(list(enumerate(b"ab")), list(zip(b"ab", b"cd")))
it = iter(b"ab")
print(type(it).__name__, next(it), next(it))
print(104 in data, 0 in data, b"ell" in data, b"" in data, b"xyz" in data)
print(bytearray(b"ll") in data, b"lo" in bytearray(b"hello"))
print(104 not in data, b"he" not in data)
for item in [256, -1, "h", 1.5, None]:
    try:
        print(item in data)
    except Exception as e:
        print(type(e).__name__, e)
print(list(reversed(b"abc")))
print(any(b"\x00\x00"), all(b"\x01\x02"), bool(b""), bool(b"\x00"))
if b"":
    print("empty is true")
else:
    print("empty is false")
