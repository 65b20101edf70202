# The UTF-8 codec in both directions: multi-byte and astral characters, and every kind of decode error.
texts = ["", "ascii", "héllo", "日本語", "emoji 😀!", "mixed é 日 😀", "\x00\x7f\x80\u07ff\u0800\uffff\U00010000\U0010ffff"]
for text in texts:
    encoded = text.encode()
    print(encoded, len(encoded), encoded.decode() == text, text.encode("utf-8") == encoded)
bad = [b"\xff", b"abc\x80def", b"\xc3", b"\xc3(", b"\xe2\x82", b"\xe2\x82(", b"\xf0\x9f\x98", b"\xf0\x9f(",
       b"\xed\xa0\x80", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xf4\x90\x80\x80", b"\xf5\x80", b"ok\xc3\xa9\xff\xfe"]
for data in bad:
    try:
        print(data.decode())
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
try:
    print("\ud800".encode())
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    print("ab\ud800\udfffcd".encode("utf-8"))
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(b"caf\xc3\xa9".decode("utf-8"), str(b"caf\xc3\xa9", "utf-8"), str(b"x", encoding="utf8"))
print(bytearray("ñ", "utf-8"), bytearray(b"\xc3\xb1").decode())
try:
    print(str("x", "utf-8"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(str(5, "utf-8"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b"x".decode(5))
except Exception as e:
    print(type(e).__name__, e)
try:
    print("x".encode(errors=5))
except Exception as e:
    print(type(e).__name__, e)
