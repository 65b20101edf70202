# Calling None (or NotImplemented, Ellipsis) is a TypeError; calling their types gives the singleton.
def call(f):
    try:
        return f()
    except TypeError as error:
        return "TypeError: %s" % error
x = None
print(call(lambda: x()))
y, z = NotImplemented, ...
print(call(lambda: y()))
print(call(lambda: z()))
print(type(None)(), type(NotImplemented)(), type(...)())
print(call(lambda: type(None)(1)))
# Class methods and static methods called through their builtin type.
print(dict.fromkeys("ab", 0), {}.fromkeys([1]), float.fromhex("0x1p3"), str.maketrans("a", "b"))
print(bytes.fromhex("41 42"), bytearray.fromhex("43"), bytes.maketrans(b"a", b"b")[97])
print(int.from_bytes(b"\x01\x00", "big"), str.upper("x"), dict.get({1: 2}, 1))
print(call(lambda: float.fromhex()), call(lambda: dict.fromkeys()), call(lambda: float.fromhex("1", "2")))
