# ord() and chr() over the whole range, their limits and errors.
for code_point in [0, 1, 0x7f, 0x80, 0xff, 0x100, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000,
                   0xfffd, 0xffff, 0x10000, 0x1f600, 0x10fffe, 0x10ffff]:
    char = chr(code_point)
    print(hex(code_point), repr(char), ord(char) == code_point, len(char), char.isprintable())
print(ord("a"), ord("é"), ord("日"), ord("\U0001F600"), ord("\ud83d"))
for bad in [0x110000, -1, 2**63, -2**63, 2**100]:
    try:
        print(chr(bad))
    except (ValueError, OverflowError) as error:
        print(type(error).__name__, error)
for bad in [1.5, "a", None]:
    try:
        print(chr(bad))
    except TypeError as error:
        print("TypeError", error)
for bad in ["", "ab", "日本", 1, None]:
    try:
        print(ord(bad))
    except TypeError as error:
        print("TypeError", error)
print(chr(True), [chr(c) for c in range(0x41, 0x5b)], "".join([chr(0x3b1 + i) for i in range(5)]))
total = 0
for code_point in range(0, 0x110000, 997):
    total += ord(chr(code_point))
print(total)
