# %d %i %u %o %x %X with flags, widths, precisions, big ints, bools and floats.
VALUES = [0, 1, -1, 42, -42, 255, -255, 2**31, -2**63, 10**25, -10**25, True, False, 3.99, -3.99]
SPECS = ["%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%.3d", "%8.3d", "%-8.3d|",
         "%x", "%X", "%#x", "%#X", "%#o", "%o", "%08x", "%#08x", "%-#8x|", "%+x", "% o", "%.4x",
         "%#.4x", "%#10.4o|", "%ld", "%hd", "%Lx"]
for spec in SPECS:
    row = []
    for value in VALUES:
        try:
            row.append(spec % value)
        except TypeError as error:
            row.append("TypeError: " + str(error))
    print(spec, row)
print("%d%%" % 50, "%d apples and %d oranges" % (3, 5), "%x-%X" % (3054, 3054))
print("%#x" % 0, "%#o" % 0, "%#X" % -1, "%.0d|" % 0, "%5.0d|" % 0)
for bad in ["1", None, [1], "x"]:
    try:
        print("%d" % (bad,))
    except TypeError as error:
        print("TypeError", error)
    try:
        print("%x" % (bad,))
    except TypeError as error:
        print("TypeError", error)
