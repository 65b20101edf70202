# format(float, spec): every presentation type with fill, alignment, sign,
# 'z', '#', zero padding, grouping and precision, on ordinary and special values.
specs = ["", "e", ".3e", "E", "f", ".0f", "#.0f", "g", ".3g", "#g", "G", "%", ".2%", "10.3f",
         "<10.2f", "^12.3e", "+f", " f", "z.1f", ",.2f", "_.3f", "010.3f", "n", ".10", ".0e",
         "#.0e", "*>15,.1f", "-<+12.4g", "=+014,.2f", "#.3g", "#", ".1", "20", "0<12", "z"]
values = [1234.5678, -0.00001, 1e20, float("inf"), float("-nan"), -0.0, 0.5, 1e-7, 123456789.0,
          -9.999, 0.05]
for spec in specs:
    print(repr(spec), [format(v, spec) for v in values])
print(f"{3.14159:.2f}|{-2.5:+08.2f}|{1e-10:g}|{12345.678:,.1f}|{0.1:.20f}")
print("{:e}|{:.0%}|{:>9.3}|{:_}".format(1 / 3, 0.125, 2.0 / 7, 1234567.25))
for spec in ["d", "x", "c", "s", ".2,f", ",_f", "=s"]:
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
