# errors= handlers: ignore, replace, backslashreplace, surrogateescape, xmlcharrefreplace, surrogatepass.
text = "a\xe9b\u20acc\U0001f600d"
for encoding in ["ascii", "latin-1", "utf-8"]:
    for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        print(encoding, errors, text.encode(encoding, errors))
data = b"a\xe9b\xff\xfec\xc3\xa9d\xe2\x82"
for encoding in ["ascii", "utf-8", "latin-1"]:
    for errors in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
        print(encoding, errors, ascii(data.decode(encoding, errors)))
escaped = b"x\xff\xfey".decode("utf-8", "surrogateescape")
print(ascii(escaped), escaped.encode("utf-8", "surrogateescape"), escaped.encode("ascii", "surrogateescape"))
print(ascii(b"\x80abc".decode("ascii", "surrogateescape")))
print("\ud800x".encode("utf-8", "surrogatepass"), ascii(b"\xed\xa0\x80x".decode("utf-8", "surrogatepass")))
print("\ud800".encode("utf-8", "replace"), "\ud800\udc00".encode("utf-8", "backslashreplace"))
print(b"\xff".decode(errors="replace"), "é".encode(errors="strict"))
try:
    print("é".encode("ascii", "surrogateescape"))
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    print("\udc41".encode("ascii", "surrogateescape"))
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    print("é".encode("latin-1", "surrogatepass"))
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    print(b"\xff".decode("utf-8", "xmlcharrefreplace"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print("é".encode("ascii", "bogus"))
except Exception as e:
    print(type(e).__name__, e)
print("ascii only".encode("ascii", "bogus"), b"fine".decode("utf-8", "bogus"))
try:
    print(b"\xff".decode("utf-8", "bogus"))
except Exception as e:
    print(type(e).__name__, e)
