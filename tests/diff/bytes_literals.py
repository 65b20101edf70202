# Bytes literals: escapes, raw prefixes, implicit concatenation, NUL bytes, repr quoting.
a = b"abc"
b = b'\x00\x01\x7f\x80\xff'
c = rb"\d+\n"
d = b"con" b'cat' rb"\x"
e = b"tab\there\nnew\rret\\back"
print(a, len(a))
print(b, len(b))
print(c, len(c))
print(d, len(d))
print(e, len(e))
print(b"", len(b""))
print(b"it's")
print(b'say "hi"')
print(b'both \' and "')
print(b"\'\"")
print(b"\101\102\103", b"\0", b"\1234")
print(b"a\
b")
print(b"""triple
quoted""")
print(type(a).__name__, type(b"").__name__)
print(a is a, a == b"abc")
print([b"x", b"y"], (b"z",), {b"k": b"v"})
print(B"upper prefix", Rb"\w", BR"\s")
for i in range(3):
    print(b"loop", i)
