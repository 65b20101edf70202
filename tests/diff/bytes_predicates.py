# isalnum isalpha isascii isdigit islower isspace istitle isupper on ASCII bytes.
samples = [b"", b"abc", b"ABC", b"aBc", b"123", b"abc123", b" \t\n", b"Hello World", b"Hello world",
           b"\xe9", b"a b", b"HELLO 1", b"hello 1", b"12a", b"\x00", b"Title Case Here", b"ABC's"]
for s in samples:
    print(s, s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(), s.isspace(),
          s.istitle(), s.isupper())
print(bytearray(b"abc").isalpha(), bytearray(b" ").isspace(), bytearray(b"\x80").isascii())
