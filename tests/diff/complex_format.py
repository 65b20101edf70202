values = [1 + 2j, -1.5 - 0.25j, 2j, -2j, 0j, -0j, complex(-0.0, 0.0), complex(1e20, -1e-20), complex(float("inf"), float("nan")),
          complex(123456.789, 0.001), complex(-1e300, 1e300), complex(0.1, 0.2) * 3]
specs = ["", "10", "<20", "^20", ">20", "+", "-", " ", ".3", ".0", ".3e", ".2E", "f", ".1F", "g", ".12G", "n", "#", "#.0f",
         ",", "_", ",.2f", "z.1f", "+.0e", "*^24.4g", "15.3f", "#g", "e"]
for z in values:
    print(repr(z), str(z), [format(z, s) for s in specs])
print(f"{1+2j:{'>'}{16}.{2}f}|", "{0.real} {0.imag}".format(3 - 4j))
for s in ["010", "0<5", "=10", "d", "%", "x", "c", "s", ".2%"]:
    try:
        print(format(1 + 1j, s))
    except ValueError as e:
        print(e)
print(hash(complex(0.5, 0.25)), hash(complex(-3, 7)), hash(complex(1e300, -1e-300)), hash(complex(float("inf"), 2)), hash(complex(2**62, 1)))
print(hash(3 + 0j) == hash(3), {1: "a", 1 + 0j: "b", 1.0: "c"}, {2j: 1, complex(0, 2): 2})
