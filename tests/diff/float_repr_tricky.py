# repr of doubles that stress the shortest-digits search (float_shortest.c):
# random bit patterns, subnormals, the ends of every binary exponent, powers
# of two and ten and their neighbours, short decimals, integers near 2**53;
# and every path that prints a float through repr: str, f-strings, %r, %s,
# format with an empty type, containers and json.dumps.
import json
import struct

state = 20261207


def next_bits():
    # a 64-bit linear congruential generator (Knuth's MMIX constants)
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state


def from_bits(bits):
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


def show(values):
    print(" ".join(repr(v) for v in values))


# random bit patterns (inf and nan included when they come up)
for line in range(150):
    show([from_bits(next_bits()) for _ in range(8)])

# subnormals: the smallest ones, the largest ones, and random ones
show([from_bits(c) for c in range(1, 41)])
show([from_bits(2**52 - c) for c in range(1, 9)])
show([from_bits(next_bits() % 2**52) for _ in range(16)])
print(5e-324, -5e-324, 5e-324 / 2, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308)

# the ends of binary exponents: significand all zeros, one, all ones
for exponent in range(1, 2047, 13):
    base = exponent << 52
    show([from_bits(base), from_bits(base + 1), from_bits(base + 2**52 - 1), from_bits(base + 2**51)])

# powers of ten and their neighbours, up and down one unit in the last place
for k in range(-323, 309, 7):
    p = float("1e%d" % k)
    show([p, from_bits(struct.unpack("<Q", struct.pack("<d", p))[0] + 1),
          from_bits(struct.unpack("<Q", struct.pack("<d", p))[0] - 1)])

# short decimals read back: their repr is the text itself (or its shortest form)
for digits in ["1", "12", "123", "9", "99", "5", "25", "7", "3", "17", "999999999999999", "1234567890123456",
               "12345678901234567", "4", "49", "98765"]:
    show([float(digits + "e" + str(e)) for e in range(-330, 310, 37)])

# integers around 2**53 and large integral values
show([float(2**53 - 1), float(2**53), float(2**53 + 2), 9007199254740993.0, 2.0**63, 2.0**64, 1e16, 1e17,
      123456789012345680.0, 1e22, 1e23, 1.7976931348623157e308, 8.98846567431158e307])
show([0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 0.7, 1.1, 2.675, 1e-5, 0.0001, 0.001, 100.0, 1e15 + 0.3])

# every route through repr
specials = [0.0, -0.0, float("inf"), -float("inf"), float("nan"), 1.5, -2.5e-300, 1e300, 12345.678]
for v in specials:
    print(repr(v), str(v), f"{v}", f"{v!r}", "%r" % v, "%s" % v, format(v, ""), format(v, "<14"),
          format(v, "+"), "{}".format(v), "{:>12}".format(v), json.dumps(v) if v == v and abs(v) != float("inf") else "-")
print([0.1, -0.0, 1e-7], (5e-324,), {1.5: 2.5e20}, {0.5})
print(json.dumps([0.1, 1e22, 5e-324, -0.0, 1.7976931348623157e308, 123.456e-100]))
