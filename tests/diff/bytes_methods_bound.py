# Methods reached through the type (bytes.upper(b)), as bound values, and with wrong self types.
data = b"Mixed Case"
print(bytes.upper(data), bytes.lower(data), bytearray.upper(bytearray(b"x")), bytes.split(b"a b"))
upper = data.upper
print(upper(), data.find(b"C"))
appender = bytearray(b"ab")
add = appender.append
add(99)
add(100)
print(appender)
print(bytes.fromhex("41"), bytearray.fromhex("42"), bytes.maketrans(b"a", b"b")[97])
print(bytes.decode(b"\xc3\xa9"), bytes.hex(b"\x01"))
try:
    print(bytes.upper("text"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(data.no_such_method())
except Exception as e:
    print(type(e).__name__, e)
try:
    print(bytearray(b"x").sort())
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b"x".append(1))
except Exception as e:
    print(type(e).__name__, e)
print(isinstance(data, bytes), isinstance(bytearray(), bytearray), isinstance(data, bytearray), type(data) == bytes)
print(bytes, bytearray, type(bytes).__name__)
