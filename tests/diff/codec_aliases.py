# Encoding names are normalized and aliased as CPython's codec registry does; unknown ones raise LookupError.
names = ["utf-8", "UTF-8", "utf8", "UTF8", "u8", "utf", "Utf_8", "  utf-8  ", "utf--8", "cp65001",
         "latin-1", "latin1", "Latin-1", "iso-8859-1", "ISO_8859-1", "iso8859-1", "l1", "8859", "cp819", "latin",
         "ascii", "ASCII", "us-ascii", "US_ASCII", "646", "us", "ansi_x3.4_1968", "ANSI_X3.4-1968", "csASCII"]
for name in names:
    print(repr(name), "é".encode(name, "replace"), b"\xc3\xa9".decode(name, "replace"))
for name in ["utf-9", "klingon", "", "utf-16x", "latin-2x"]:
    try:
        print("x".encode(name))
    except LookupError as e:
        print(type(e).__name__, e)
    try:
        print(b"x".decode(name))
    except LookupError as e:
        print(type(e).__name__, e)
try:
    print(bytes("x", "nope"))
except LookupError as e:
    print(type(e).__name__, e)
try:
    print(str(b"x", "nope"))
except LookupError as e:
    print(type(e).__name__, e)
print("x".encode(encoding="ascii", errors="strict"), b"y".decode(encoding="latin1"))
