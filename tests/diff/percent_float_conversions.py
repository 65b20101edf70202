# %e %E %f %F %g %G with flags, precisions, special values and ints.
VALUES = [0.0, -0.0, 1.0, -1.5, 3.14159265, 1e-7, 123456789.0, 1e300, 1e-300, 2.5, 0.5, 12, -7,
          float("inf"), float("-inf"), float("nan")]
SPECS = ["%e", "%E", "%f", "%F", "%g", "%G", "%.2e", "%.0e", "%#.0e", "%.2f", "%.0f", "%#.0f",
         "%10.3f|", "%-10.3f|", "%010.3f", "%+f", "% f", "%+.1e", "%.3g", "%#g", "%#.3g", "%.10g",
         "%15g|", "%-15G|", "%015.2f", "%.50f"]
for spec in SPECS:
    row = []
    for value in VALUES:
        row.append(spec % value)
    print(spec, row)
print("%.1f%%" % 99.5, "%5.1f|%-6.2e|%g" % (1.25, 12345.678, 0.0001))
for bad in ["1.0", None, [1.0]]:
    try:
        print("%f" % (bad,))
    except TypeError as error:
        print("TypeError", error)
    try:
        print("%g" % (bad,))
    except TypeError as error:
        print("TypeError", error)
