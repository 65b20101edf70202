# format(int, spec) across the mini-language: fill, align, sign, '#', '0',
# width, grouping, and the d b o x X c n e E f F g G % presentation types.
specs = ["", "d", "10d", "<10d", "^10d", ">10d", "=+10d", " d", "+d", "-d", "x", "#x", "#X", "#o",
         "#b", ",", "_", "_x", "_b", "#_b", "_o", "010,d", "n", "e", ".3e", "E", "f", ".2f", "F",
         "g", ".3g", "G", "%", ".1%", "*^20,", "08", "#010x", "+#x", "0=10", "-^+15,", "z>6",
         ".0e", "#.0f", "12_", "x<12_x", ".10g", "+.3%", " ,", "020_"]
for spec in specs:
    if spec.startswith("z"):
        continue
    print(repr(spec), [format(v, spec) for v in [0, 7, -42, 1234567, -98765432101234567890]])
for v in [65, 97, 0x263a, 0x1f600, 0]:
    print(repr(format(v, "c")), repr(format(v, "^5c")))
print(f"{1234:>{8}}", f"{-5:0{6}d}", f"{255:#{10}x}", f"{10**20:,}", f"{2**64:_x}")
print("{:,}|{:>12,}|{:<+8}|{:^9}".format(10**9, -123456, 42, -7))
