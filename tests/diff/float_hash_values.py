# hash() of floats as CPython defines it: integral floats hash like the int,
# fractions through the modulus 2**61 - 1, infinities 314159, -1 maps to -2.
values = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 0.1, 1.5, 2.0**61, 2.0**62, 1e300, -1e300, 5e-324,
          1e-300, 3.141592653589793, 2.0**-30, 123456.789, float("inf"), float("-inf"), 1 / 3]
for v in values:
    print(repr(v), hash(v))
for v in values[:17]:
    if v == int(v) and hash(v) != hash(int(v)):
        print("int mismatch", v)
total = 0
x = 0.37
for i in range(500):
    x = x * 3.7 % 1000.0 + 1e-9 * i
    total = (total * 31 + hash(x) + hash(-x)) % (2**61 - 1)
print(total)
s = {1.0, 1, True, 2.5, -0.0, 0}
print(len(s), sorted(s))
d = {}
d[2.0] = "float"
d[2] = "int"
print(d)
