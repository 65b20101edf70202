# str/repr/print/f-string/%-format of ints and floats side by side, including
# bool, negative zero, big ints and the percent operator's forms.
values = [0, -1, 42, 2**64, -(10**25), True, False, 0.0, -0.0, 1.5, -1e-7, 1e16, 3.0, float("inf")]
for v in values:
    print(str(v), repr(v), f"{v}", f"{v!r}", "%s|%r" % (v, v), [v], (v,))
for v in [3, -3, 3.7, -3.7, 2**70, 1e20]:
    print("%d %i %5d %-5d| %05d %+d %x %o %e %.2f %g %10.3e" % (v, v, v, v, v, v, int(v), int(v), v,
                                                                v, v, v))
print("%c%c" % (72, 105), "%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5), "%#x %#o" % (255, 8))
print("%s" % 10**100, "%d" % 2.9, "%i" % -2.9, "%x" % -255, "%X" % 2**80)
