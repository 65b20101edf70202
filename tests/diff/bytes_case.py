# ASCII-only case mapping: upper, lower, swapcase, capitalize, title.
samples = [b"hello World", b"", b"123 abc DEF", b"\xe9t\xe9", b"mIxEd-CaSe_words", b"they're bill's friends", b"a1b2 c3d4"]
for s in samples:
    print(s.upper(), s.lower(), s.swapcase(), s.capitalize(), s.title())
print(bytearray(b"abc").upper(), bytearray(b"ABC").lower(), bytearray(b"aB").swapcase())
print(bytearray(b"hello there").title(), bytearray(b"hELLO").capitalize())
print(type(bytearray(b"x").upper()).__name__)
try:
    print(b"x".upper(1))
except Exception as e:
    print(type(e).__name__, e)
