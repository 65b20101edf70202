# center, ljust, rjust (with a one-byte fill), zfill and expandtabs.
for width in [0, 3, 5, 6, 7, 8]:
    print(width, b"abc".center(width), b"abc".center(width, b"*"), b"ab".center(width, b"-"))
print(b"x".ljust(4), b"x".ljust(4, b"."), b"x".rjust(4), b"x".rjust(4, b"0"), b"long".ljust(2))
print(b"42".zfill(5), b"-42".zfill(5), b"+42".zfill(5), b"".zfill(3), b"abc".zfill(2), b"-".zfill(3))
print(b"a\tb\tc".expandtabs(), b"a\tb".expandtabs(4), b"ab\tc\nd\te".expandtabs(2), b"\t".expandtabs(0))
print(b"x\ty".expandtabs(tabsize=3), b"12345678\tx".expandtabs())
print(bytearray(b"ab").center(6, b"="), bytearray(b"7").zfill(3), bytearray(b"\t").expandtabs(2))
for fill in ["*", b"**", 42]:
    try:
        print(b"x".center(5, fill))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(b"x".ljust("5"))
except Exception as e:
    print(type(e).__name__, e)
