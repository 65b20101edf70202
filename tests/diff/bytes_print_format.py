# How bytes print: print(), str(), repr(), f-strings (!r, !s, plain), inside containers, format().
b = b"data\x00\n'"
print(b)
print(str(b), repr(b), str(b) == repr(b))
print(f"{b}", f"{b!r}", f"{b!s}", f"[{b'x'}]")
print(f"{b'ab'!r:>10}|", f"{b'ab'!s:<8}|")
print([b, bytearray(b"y")], (b"z",), {b"k": bytearray(b"v")})
print(repr(bytearray(b"q'\"")), str(bytearray()))
print(format(b"fmt"), "{}".format(b"m"), "%s and %r" % (b"s", b"r"))
print(b"a", b"b", sep=b"|" if False else "|")
print(len(repr(b"\xff" * 3)), ascii(b"\xe9"))
