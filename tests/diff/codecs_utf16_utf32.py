s = "a\ud800\udc00x\U0001f600é"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    for err in ["strict", "replace", "backslashreplace", "surrogateescape", "surrogatepass", "ignore", "xmlcharrefreplace"]:
        try:
            print(enc, err, s.encode(enc, err))
        except UnicodeError as e:
            print(enc, err, e, e.start, e.end)
    print(enc, "abc€".encode(enc), "".encode(enc), "\U0010ffff".encode(enc), "\udc80".encode(enc, "surrogatepass"))
samples16 = [b"a\x00b", b"\x00\xd8a\x00", b"\x00\xdca\x00", b"a\x00\x00\xd8", b"a\x00\x00\xd8\x00", b"=\xd8\x00\xde",
             b"\xff\xfea\x00", b"\xfe\xff\x00a", b"\xff\xfe\xff\xfe", b"\x80\x80\x00\xdc", b"\xff", b"", b"\xff\xfe",
             b"\xff\xfe\x00\xd8\x00", b"\x00\xd8\x00\xd8\x00\xdc"]
samples32 = [b"a\x00\x00\x00b\x00", b"\x00\xd8\x00\x00a\x00\x00\x00", b"\x00\x00\x11\x00", b"\xff\xfe\x00\x00a\x00\x00\x00",
             b"\x00\x00\xfe\xff\x00\x00\x00a", b"\xff\xfe\x00\x00", b"", b"\x00\xf6\x01\x00", b"\xff\xfe"]
for samples, encodings in [(samples16, ["utf-16", "utf-16-le", "utf-16-be"]), (samples32, ["utf-32", "utf-32-le", "utf-32-be"])]:
    for data in samples:
        for enc in encodings:
            for err in ["strict", "replace", "backslashreplace", "surrogateescape", "surrogatepass", "ignore"]:
                try:
                    print(data, enc, err, ascii(data.decode(enc, err)))
                except UnicodeDecodeError as e:
                    print(data, enc, err, e, e.encoding, e.start, e.end)
text = "Grüße, 世界! \U0001f600"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    encoded = text.encode(enc)
    print(enc, len(encoded), encoded.decode(enc) == text, bytearray(encoded).decode(enc) == text, str(encoded, enc) == text)
for name in ["UTF16", "utf_16_le", "UTF-16LE", "utf-16le", "U16", "unicodelittleunmarked", "unicodebigunmarked", "UTF-32BE",
             "utf32", "U32", "utf_32be", "UTF8", "utf_8", "U8", "latin1", "iso-8859-1", "ISO_8859-1", "L1", "Latin-1",
             "us-ascii", "US_ASCII", "646", "utf-16-be", "utf_16", "utf-32", " utf-8 ", "UTF--8"]:
    print(repr(name), "é".encode(name, "replace"), b"\xe9\x00\x00\x00".decode(name, "replace"))
for bad in ["utf_17", "", "latin-2"]:
    try:
        "x".encode(bad)
    except LookupError as e:
        print(e)
