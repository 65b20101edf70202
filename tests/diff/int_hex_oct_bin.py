# hex/oct/bin of small, word-boundary and big ints, and the matching % and
# format forms.
values = [0, 1, -1, 7, 8, -8, 15, 16, 255, -256, 2**31, 2**32 - 1, 2**47, -2**47 - 1, 2**63,
          2**64, -(2**64), 2**100 + 12345, -(3**70), 16**40 - 1]
for v in values:
    print(hex(v), oct(v), bin(v))
    print("%x %X %o %#x %#o" % (v, v, v, v, v))
    print(format(v, "x"), format(v, "#X"), format(v, "#b"), format(v, "o"))
print(hex(True), oct(False), bin(True))
for v in [1.5, "1", None]:
    try:
        print(hex(v))
    except TypeError as e:
        print("TypeError", e)
total = 0
for i in range(300):
    v = (i * 2654435761) ** 3 - 10**20
    total += len(hex(v)) + len(oct(v)) + len(bin(v))
    if int(hex(v), 16) != v or int(oct(v), 8) != v or int(bin(v), 2) != v:
        print("mismatch", v)
print(total)
