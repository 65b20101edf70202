# Nested replacement fields inside format specs: widths, precisions, alignments, types.
for width in [1, 5, 10]:
    for precision in [0, 2, 4]:
        print("{:{w}.{p}f}|{:>{w}}|{:^{w}.{p}}|".format(3.14159, "ab", "abcdef", w=width, p=precision))
print("{:{}{}{}}|".format("x", "*", "^", 9), "{0:{1}{2}}|".format(42, "+", 8), "{:{}}".format("a", ""))
print("{0:{fill}{align}{width}}|".format("é", fill="日", align=">", width=4))
print("{0:{1}}".format(255, "x"), "{0:#{1}}".format(255, "o"), "{:{}d}".format(7, 3))
print("{:{}}".format(1.5, ".3e"), "{:{}.{}}".format("abcdef", 4, 2), "{0:{0}}".format(5))
print("{:{}}".format("a", 5, "unused"), "{a:{b}}".format(a=1, b="05d"))
print(format("text", "<{}".format(8)) + "|", format(3.14159, "{}.{}f".format(8, 2)))
for value, spec in [(12345.6789, ",.2f"), (1234567, "_"), (0.25, ".1%"), (255, "#010b"), (-5, "=+6"),
                    ("é", "*>5"), ("日本", "^6"), (True, ">6"), (None, ""), ([1, 2], "")]:
    print(repr("{:{}}".format(value, spec)))
