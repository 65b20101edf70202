# int() and float() accept bytes-like objects: ASCII text only, CPython's errors name the repr.
print(int(b"12"), int(bytearray(b"7"), 16), int(b"  -0x1f ", 0), int(b"1_000"), int(b"z", 36))
print(float(b"1.5"), float(bytearray(b" -inf\n")), float(b"1e3"), float(b"nan"), float(b"1_0.5"))
for source in (b"x", b"", b"1 2", b"\xff", bytearray(b"1.5"), b"\xd9\xa1", b"1\x002"):
    try:
        print(int(source))
    except ValueError as error:
        print("ValueError", error)
for source in (b"x", b"", b"\xd9\xa1", bytearray(b"1..5"), b"1\x00"):
    try:
        print(float(source))
    except ValueError as error:
        print("ValueError", error)
for base in (1, 37):
    try:
        print(int(b"1", base))
    except ValueError as error:
        print("ValueError", error)
try:
    int(3.5, 10)
except TypeError as error:
    print("TypeError", error)
print(int("\u0661\u0662"), float(" \u0661.5 "))
