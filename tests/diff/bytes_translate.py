# translate with a 256-byte table (or None) and a delete set; bytes.maketrans.
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97], table[0], table[255])
print(b"aabbcc dd".translate(table), b"abc".translate(None, b"b"), b"abcabc".translate(table, b"a"))
print(b"hello".translate(None), b"hello".translate(None, delete=b"lo"))
print(bytearray(b"cab").translate(table), bytearray.maketrans(b"x", b"y")[120])
rot = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"nopqrstuvwxyzabcdefghijklm")
print(b"hello world".translate(rot), b"hello world".translate(rot).translate(rot))
try:
    print(b"abc".translate(b"short"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(bytes.maketrans(b"ab", b"x"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(bytes.maketrans("a", "b"))
except Exception as e:
    print(type(e).__name__, e)
