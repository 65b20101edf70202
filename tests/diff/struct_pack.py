# struct: every format character in every byte order, sizes, alignment, round trips.
import struct

for fmt in ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "P", "e", "f", "d", "?", "c", "x", "s", "p"]:
    print(fmt, struct.calcsize(fmt), struct.calcsize("<" + fmt) if fmt not in "nNP" else "-")

for order in ["@", "=", "<", ">", "!"]:
    print(order, struct.calcsize(order + "bhiqd"), struct.calcsize(order + "cId"), struct.calcsize(order + "0q"))
    packed = struct.pack(order + "bBhHiIqQ", -1, 255, -300, 65000, -70000, 4000000000, -2**63, 2**64 - 1)
    print(packed)
    print(struct.unpack(order + "bBhHiIqQ", packed))
    print(struct.pack(order + "lL", -5, 2**32 - 1), struct.unpack(order + "lL", struct.pack(order + "lL", -5, 2**32 - 1)))

print(struct.calcsize("c0q"), struct.calcsize("bi"), struct.calcsize("ib"), struct.calcsize("b0i"), struct.calcsize("3s2h"))
print(struct.pack("bi", 1, 2), struct.pack("=bi", 1, 2), struct.pack("hd", 1, 2.0))
print(struct.pack("nNP", -3, 3, 2**64 - 1), struct.unpack("nNP", struct.pack("nNP", -3, 3, 17)))
print(struct.pack("P", -1), struct.pack("P", -2**63))

# floats
for value in [0.0, -0.0, 1.5, -2.25, 1e-8, 65504.0, 3.4e38, float("inf"), float("-inf"), 1 / 3, 12345.678, 5]:
    for fmt in ["<e", ">e", "<f", ">f", "<d", ">d"]:
        try:
            packed = struct.pack(fmt, value)
            print(fmt, value, packed, struct.unpack(fmt, packed))
        except OverflowError as e:
            print(fmt, value, "OverflowError", e)
print(struct.unpack("<e", b"\x01\x00"), struct.unpack(">e", b"\x7c\x00"), struct.unpack(">e", b"\xfc\x00"))
print(struct.pack("<e", 5.960464477539063e-08), struct.pack("<e", 2.9e-08), struct.pack("<e", 3e-08), struct.pack("<e", 65519.0))
print(struct.pack("<e", 1.0009765625), struct.pack("<e", 1.00048828125), struct.pack("<e", 1.00146484375))
print(struct.pack(">e", float("nan")), struct.unpack(">e", b"\x7e\x00"), struct.unpack(">d", struct.pack(">d", float("nan"))))
print(struct.pack("f", 1e300), struct.pack("d", True))

# bool, char, strings
print(struct.pack("???", 0, 5, []), struct.pack("?", "x"), struct.unpack("??", b"\x00\x07"))
print(struct.pack("2c", b"a", b"b"), struct.unpack("3c", b"xyz"))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("0s", b"x"), struct.pack("s", b""))
print(struct.unpack("5s", b"ab\x00\x00\x00"), struct.unpack("0s", b""))
print(struct.pack("5p", b"ab"), struct.pack("3p", b"abcdef"), struct.pack("1p", b"abc"), struct.pack("0p", b"abc"))
print(len(struct.pack("300p", b"a" * 300)), struct.pack("300p", b"a" * 300)[:3])
print(struct.unpack("3p", b"\x09ab"), struct.unpack("5p", b"\x02abcd"))
print(struct.pack("4x"), struct.pack("x2xbx", 7), struct.unpack("xbx", b"\x00\x05\x00"))
print(struct.pack("i", True), struct.pack("b", False))
print(struct.pack(" i  h ", 1, 2), struct.pack("<\ti\nh", 1, 2))
print(struct.pack(b"<hh", 1, 2), struct.unpack(b">h", bytearray(b"\x01\x02")))


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Real:
    def __float__(self):
        return 2.5


print(struct.pack("<h", Index(258)), struct.pack("<d", Real()), struct.pack("<f", Index(3)))

# Struct objects
s = struct.Struct("<hhl")
print(type(s).__name__, type(s).__module__, s.format, s.size, isinstance(s, struct.Struct))
print(s.pack(1, 2, 3), s.unpack(s.pack(1, 2, 3)), s.unpack_from(b"..\x01\x00\x02\x00\x03\x00\x00\x00", 2))
print(s.unpack_from(buffer=b"\x01\x00\x02\x00\x03\x00\x00\x00"))
print(struct.Struct(b"ii").format, struct.Struct(format="3s").size)
buffer = bytearray(12)
s.pack_into(buffer, 2, -1, -2, -3)
print(buffer)
struct.pack_into(">H", buffer, -2, 0xABCD)
print(buffer)
print(struct.unpack_from("<h", buffer, -12), struct.unpack_from("<h", b"abcdef", offset=4))
it = struct.iter_unpack("<h", b"abcdef")
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(s.iter_unpack(bytes(16))))
print([x for x, in struct.iter_unpack("B", b"\x01\x02\x03")])
print(struct.unpack("<" + "i" * 3, struct.pack("<3i", 7, 8, 9)))
