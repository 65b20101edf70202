# strip, lstrip, rstrip (whitespace or a byte set) and removeprefix/removesuffix.
print(b"  \t x y \n\r ".strip(), b"  x  ".lstrip(), b"  x  ".rstrip())
print(b"xxhixx".strip(b"x"), b"xyhiyx".strip(b"xy"), b"abc".strip(b""), b"".strip())
print(b"\x0b\x0cx\x0b".strip(), b"x\x00".strip(), b"x\x00".strip(b"\x00"))
print(b"aaa".strip(b"a"), b"abcba".lstrip(b"ab"), b"abcba".rstrip(b"ab"))
print(b"  x  ".strip(None), bytearray(b" y ").strip(), b"zz".strip(bytearray(b"z")))
print(b"prefix-body".removeprefix(b"prefix-"), b"body".removeprefix(b"x"), b"body-suffix".removesuffix(b"-suffix"))
print(b"abc".removeprefix(b""), b"abc".removesuffix(b"abc"), b"ab".removeprefix(b"abc"))
print(bytearray(b"xab").removeprefix(b"x"), b"abx".removesuffix(bytearray(b"x")))
try:
    print(b"abc".strip("a"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b"abc".removeprefix("a"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b"abc".lstrip(1))
except Exception as e:
    print(type(e).__name__, e)
