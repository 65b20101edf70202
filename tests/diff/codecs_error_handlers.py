s = "a\ud800b\udc80\U0001f600é"
for enc in ["utf-8", "ascii", "latin-1"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass", "xmlcharrefreplace", "bogus"]:
        try:
            print(enc, errors, s.encode(enc, errors))
        except Exception as e:
            print(enc, errors, type(e).__name__, e)
data = b"a\xff\xed\xa0\x80b\xc3"
for enc in ["utf-8", "ascii", "latin-1"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass", "xmlcharrefreplace", "bogus"]:
        try:
            print(enc, errors, ascii(data.decode(enc, errors)))
        except Exception as e:
            print(enc, errors, type(e).__name__, e)
try:
    "x\udcffy".encode()
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, ascii(e.object))
print("ok")
print("\ud800")
