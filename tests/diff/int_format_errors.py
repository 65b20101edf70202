# format(int, spec) error messages, which CPython phrases per feature.
specs = ["s", ".2d", ",c", "=", "zd", ",x", ",b", "_c", "#c", "+c", ".2x", "y", "ds", "10.2n",
         ",n", "_n", ",_", "_,", "<<d", "123456789012345678901234567890d"]
for spec in specs:
    try:
        print(repr(spec), repr(format(42, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
    except OverflowError as e:
        print(repr(spec), "OverflowError", e)
for v in [-1, 0x110000, 2**40]:
    try:
        print(format(v, "c"))
    except OverflowError as e:
        print("OverflowError", e)
    except ValueError as e:
        print("ValueError", e)
