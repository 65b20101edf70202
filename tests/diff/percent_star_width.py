# '*' widths and precisions taken from the arguments, negative widths, %c and %s precision.
print("%*d|" % (5, 42), "%-*d|" % (5, 42), "%*d|" % (-5, 42), "%.*f" % (2, 3.14159))
print("%*.*f|" % (10, 3, 2.71828), "%-*.*s|" % (8, 2, "abcdef"), "%.*s" % (0, "abc"))
print("%*s|%*s|" % (3, "a", 4, "日本"), "%.*d" % (5, 7), "%*x" % (6, 255), "%.*e" % (-2, 1.5))
print("%c%c%c" % (72, "i", 0x1F600), "%5c|%-5c|" % ("a", "日"), "%c" % 0x10FFFF)
print("%.3s|%5.2s|%-5.1s|" % ("abcdef", "é日本", "xyz"), "%.1r" % "ab", "%.4a" % "é")
print("%s" % (("tuple", "inside"),), "%s %s" % ([1], {"a": 1}), "%r" % ((),))
for template, args in [("%*d", ("5", 1)), ("%*d", (1.5, 1)), ("%.*f", (None, 1.0)), ("%*d", (5,)),
                       ("%c", (0x110000,)), ("%c", (-1,)), ("%c", ("ab",)), ("%c", (1.5,)),
                       ("%c", ("",)), ("%*c", (3,))]:
    try:
        print(template % args)
    except (TypeError, ValueError, OverflowError) as error:
        print(type(error).__name__, error)
