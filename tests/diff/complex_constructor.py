for s in ["1__0", "_1", "1_", "1_j", "1+_2j", "(1+2j", "1+2j)", "  1 + 2j", "1e", "1e5j", "1.j", ".5j", "infinityj", "-inf-infj", "1+nanj", "0x10", "1j2", "\u0661+\u0662j", "12\u00a0", "\u20031j"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), e)
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class Bad:
    def __complex__(self):
        return 1
print(complex(C()), complex(F()), complex(I()), complex(F(), I()), complex(1j, 2))
try:
    complex(Bad())
except TypeError as e:
    print(e)
match 1 + 2j:
    case 1 + 2j:
        print("matched")
print([1j, 2 + 0j], {1j: 1}, (1j,), {1j} == {1j}, 1j in [1j], sorted([3, 1]), sum([1j, 2j, 3]))
x = 1j
x += 1
x *= 2j
x **= 2
x /= 1 + 1j
print(x, -x, complex(-0.0, 0.0), complex(0.0, float("nan")), 1e-310j, 123456789012345678j)
print(f"{x!r:>30}|{x = }", "%s %r" % (x, x), str(x), "{}".format(x), "{:.1f}".format(x))
print((1+2j).__complex__(), type(abs(1j)), 2j.real.is_integer())
try:
    complex(1, C())
except TypeError as e:
    print(e)
