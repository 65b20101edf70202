import math
z = 1 + 2j
print(z, 2.5J, -0j, 0j, complex(0.0, -0.0), 1e16j, 1e15j, complex(1, 1e16))
print(complex(float('nan'), float('inf')), complex(-0.0, -0.0), type(z), isinstance(z, complex))
print(z.real, z.imag, z.conjugate(), abs(3 + 4j), bool(0j), bool(1j))
print(z + 1, 1 + z, z - 1.5, 2 * z, z * z, z / 2, 1 / z, z ** 2, z ** -1, z ** 0.5, 2 ** z, (2 + 3j) ** (1 + 1j))
print(z == 1 + 2j, z != 1, complex(3, 0) == 3, complex(3, 0) == 3.0, 1j == 1, complex(2**53 + 1, 0) == 2**53 + 1)
print(hash(z), hash(2j), hash(complex(1, 0)), hash(-1 + 0j), hash(complex(1.5, -2.25)))
print(complex(), complex(1), complex(1, 2), complex(1j, 1j), complex("1+2j"), complex(" ( 1_0.5-2_0j ) "), complex("j"), complex("-J"))
print(complex(real=3), complex(imag=2), complex("1e5+infj"), complex("nanj"), complex("1-j"), complex(True, False))
print(f"{z}", f"{z:10}", f"{z:<12}|", f"{z:.2f}", f"{z:+.3e}", format(1234.5 + 1j, ","), format(2j, "+"), format(2j, " "), format(-2j, ""))
print(format(1.5 + 2j, "e"), format(1 + 2j, "^14.3g"), format(1 + 2j, "*>12"), repr(z), str(-z), +z)
for f in [lambda: 1 / 0j, lambda: 0j ** -1, lambda: 1j < 2j, lambda: 1j // 2, lambda: 1j % 2, lambda: pow(1j, 2, 3),
          lambda: complex("1+2j", 1), lambda: complex(1, "1"), lambda: complex([]), lambda: complex(1, []),
          lambda: complex("1+"), lambda: complex(10 ** 400), lambda: complex(1, 2, 3), lambda: complex(x=1),
          lambda: format(1j, "010"), lambda: format(1j, "=10"), lambda: format(1j, "d"), lambda: format(1j, "%"),
          lambda: (1e200 + 1e200j) ** 2.5, lambda: abs(complex(1e308, 1e308)), lambda: int(1j), lambda: float(1j),
          lambda: 1j > 1, lambda: (1e200 + 1e200j) ** 2, lambda: complex("1__0"), lambda: complex("()"), lambda: 1j & 1]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
