# hex() with separators and bytes.fromhex / bytearray.fromhex, with their ValueErrors.
data = b"\x00\x01\xab\xcd\xef\xff"
print(data.hex(), b"".hex(), data.hex(":"), data.hex("-", 2), data.hex(" ", -2), data.hex(b"_", 4))
print(data.hex(sep=":", bytes_per_sep=3), bytearray(b"\x10\x20").hex(), b"\x01\x02\x03".hex(":", -1))
print(bytes.fromhex("00ff10"), bytes.fromhex(" 0a 0B 0c "), bytes.fromhex(""), bytes.fromhex("DEADbeef"))
print(bytearray.fromhex("41 42"), type(bytearray.fromhex("")).__name__)
print(b"".fromhex("61"), bytes.fromhex("6162\n63\t64"))
for text in ["0", "zz", "a b", "0g", "12 3", " 1"]:
    try:
        print(bytes.fromhex(text))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(bytes.fromhex(b"00"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(data.hex("::"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(data.hex(1))
except Exception as e:
    print(type(e).__name__, e)
print(bytes.fromhex(data.hex()) == data)
