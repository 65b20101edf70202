# int(text, base) for base 0 and every base 2..36, with prefixes, underscores,
# signs, surrounding whitespace and mixed case.
for base in range(2, 37):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:base]
    text = digits[::-1] + digits[1:]
    print(base, int(text, base), int(text.upper(), base), int("-" + text, base), int(" +1_0 ", base))
for text in ["0x1f", "0X1F", "-0x_1f", "0o17", "0O17", "0b101", "0B1_01", "1_000_000", "0", "00",
             "0_0", "  42\n", "+0x10", "-0", "\t-0b1\r\n", "9" * 40, "0x" + "f" * 30]:
    print(repr(text), int(text, 0))
for text, base in [("0x1f", 16), ("0o17", 8), ("0b101", 2), ("1f", 16), ("0x_f", 16), ("z", 36),
                   ("Zz", 36), ("10", 2), ("777", 8), ("-ff", 16), ("  1_2_3  ", 10), ("0b1", 16),
                   ("0o7", 25), ("0x10", 34)]:
    print(repr(text), base, int(text, base))
print(int("١٢٣"), int("\u0660\u0661"), int("\u3000 7 \u3000"), int("٣_٤"))
big = "1234567890" * 40
print(int(big) % 1000003, int(big, 16) % 1000003, int(big, 36) % 1000003, len(str(int(big))))
print(int(True), int(False), int(-7), int(2**80), int("0b11", base=0), int("11", base=5))
