# int.to_bytes and int.from_bytes: byte orders, signed values, defaults and OverflowErrors.
for value in [0, 1, 255, 256, 65535, 2 ** 32, 2 ** 64 - 1, 2 ** 100 + 12345]:
    size = (value.bit_length() + 7) // 8 or 1
    big = value.to_bytes(size, "big")
    little = value.to_bytes(size, "little")
    print(value, big, little, int.from_bytes(big, "big"), int.from_bytes(little, "little"))
for value in [-1, -128, 127, -129, -32768, -(2 ** 63), 2 ** 63 - 1, -(2 ** 90)]:
    raw = value.to_bytes(12, "big", signed=True)
    print(value, raw, int.from_bytes(raw, "big", signed=True), int.from_bytes(raw, "big"))
print((5).to_bytes(), (5).to_bytes(3), (5).to_bytes(length=2, byteorder="little"), True.to_bytes(1, "big"))
print(int.from_bytes(b""), int.from_bytes(b"\x01\x00"), int.from_bytes(b"\x01\x00", byteorder="little"))
print(int.from_bytes(b"\xff", "big", signed=True), int.from_bytes(b"\x80\x00", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x02"), "little"), int.from_bytes((255,), "big"))
print((0).to_bytes(0, "big"), (-1).to_bytes(1, "big", signed=True), (128).to_bytes(2, "big", signed=True))
cases = [(256, 1, "big", False), (-1, 1, "big", False), (128, 1, "big", True), (-129, 1, "little", True),
         (1, 0, "big", False), (-1, 0, "big", True), (1, -1, "big", False), (1, 1, "middle", False)]
for value, length, order, is_signed in cases:
    try:
        print(value.to_bytes(length, order, signed=is_signed))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print((1).to_bytes(1, 5))
except Exception as e:
    print(type(e).__name__, e)
try:
    print((1).to_bytes("1"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int.from_bytes("ab", "big"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int.from_bytes(b"\x01", "sideways"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int.from_bytes([256], "big"))
except Exception as e:
    print(type(e).__name__, e)
