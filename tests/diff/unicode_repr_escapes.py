# repr() and ascii() escape exactly the characters CPython considers non-printable.
SAMPLES = ["\x00", "\x07", "\x08", "\t", "\n", "\x0b", "\x0c", "\r", "\x1b", "\x1f", " ", "\x7f",
           "\x80", "\x9f", "\xa0", "\xad", "é", "ÿ", "\u0300", "\u0378", "\u061c", "\u200b",
           "\u200e", "\u2028", "\u2029", "\u202e", "\u3000", "\ud800", "\udfff", "\ue000",
           "\ufeff", "\ufffd", "\ufffe", "\uffff", "\U00010000", "\U0001F600", "\U000E0001",
           "\U000E0100", "\U000F0000", "\U0010FFFF", "\\", "'", '"', "'\"", "日本"]
for sample in SAMPLES:
    print(repr(sample), ascii(sample), sample.isprintable(), len(repr(sample)))

print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\\n is not a newline"))
print(repr(["é", "\x00", "\U0001F600"]), repr(("\u2028",)), repr({"\xad": "\x85"}))
print(ascii(["é", "日"]), ascii({"ключ": "значение"}))
print("%r %a" % ("\x85é", "\x85é"), "{!r} {!a}".format("\u0378", "\u0378"), f"{'é'!a}")
for code_point in range(0x7e, 0xa2):
    print(hex(code_point), repr(chr(code_point)), chr(code_point).isprintable())
