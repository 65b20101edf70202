#!/usr/bin/env python3
"""Writes the random case tables of the C unit tests runtime_bigint_table and
runtime_float_table (tests/unit/runtime_{bigint,float}_table.h): thousands of
cases in the case language of tests/unit/runtime_numbers.c, drawn from a fixed
seed so the tables only change when this script does. The expected results
come from CPython through tests/unit/runtime_{bigint,float}_table.py, which
scripts/golden.sh runs right after this script. Run by CPython 3.12."""
import os
import random
import struct

UNIT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests", "unit")
CASES_PER_TABLE = 3000


# ---- big integers -------------------------------------------------------------

def random_bits(rng):
    """Bit sizes spread over small ints, the 48/64-bit boundaries, schoolbook
    sizes and Karatsuba sizes (the threshold is 40 digits of 32 bits)."""
    roll = rng.random()
    if roll < 0.25:
        return rng.randint(1, 64)
    if roll < 0.35:
        return rng.choice([46, 47, 48, 49, 62, 63, 64, 65, 95, 96, 97, 127, 128, 129])
    if roll < 0.75:
        return rng.randint(65, 700)
    return rng.randint(1200, 3000)


def random_int(rng, bits=None):
    if bits is None:
        bits = random_bits(rng)
    roll = rng.random()
    if roll < 0.1:
        value = (1 << bits) - 1                      # all ones: carries everywhere
    elif roll < 0.15:
        value = 1 << bits
    elif roll < 0.25:
        # Runs of 0xFFFFFFFF and zero digits stress carries and Knuth D's add-back.
        value = 0
        for _ in range(max(1, bits // 32)):
            value = (value << 32) | rng.choice([0, 0xFFFFFFFF, 0x80000000, 1, rng.getrandbits(32)])
    else:
        value = rng.getrandbits(bits) | (1 << (bits - 1))
    return -value if rng.random() < 0.4 else value


def int_literal(value):
    """Decimal for small values, hex for big ones (shorter, and it keeps the
    table readable without relying on decimal conversion to build operands)."""
    if abs(value) < 10**30:
        return str(value)
    return ("-" if value < 0 else "") + hex(abs(value))


def bigint_case(rng):
    a = random_int(rng)
    roll = rng.random()
    if roll < 0.45:
        op = rng.choice(["+", "-", "*", "*", "*", "//", "//", "%", "%", "&", "|", "^",
                         "<", "<=", "==", "!=", ">", ">=", "/"])
        if op in ("//", "%", "/") and rng.random() < 0.5:
            # A divisor a little shorter than the dividend: multi-digit quotients.
            b = random_int(rng, max(1, abs(a).bit_length() - rng.randint(1, 200)))
        elif op == "==" and rng.random() < 0.5:
            b = a
        else:
            b = random_int(rng)
        if op in ("//", "%", "/") and b == 0:
            b = 7
        if op == "|":
            return "bin|%s|||%s" % (int_literal(a), int_literal(b))
        return "bin|%s|%s|%s" % (int_literal(a), op, int_literal(b))
    if roll < 0.52:
        b = random_int(rng, rng.randint(1, 400))
        q = random_int(rng, rng.randint(1, 300))
        # Dividends next to a multiple of the divisor: remainders 0, 1, b - 1.
        a = b * q + rng.choice([0, 1, -1, abs(b) - 1])
        return "divmod|%s|%s" % (int_literal(a), int_literal(b))
    if roll < 0.58:
        base = random_int(rng, rng.randint(1, 100))
        return "bin|%s|**|%d" % (int_literal(base), rng.randint(0, 30))
    if roll < 0.64:
        shift = rng.randint(0, 300)
        return "bin|%s|%s|%d" % (int_literal(a), rng.choice(["<<", ">>"]), shift)
    if roll < 0.69:
        m = random_int(rng, rng.randint(1, 300))
        e = rng.randint(-3, 10**6) if rng.random() < 0.8 else random_int(rng, 200)
        return "powmod|%s|%d|%s" % (int_literal(random_int(rng, rng.randint(1, 300))), e,
                                    int_literal(m or 5))
    if roll < 0.77:
        if abs(a).bit_length() > 14000:
            a >>= 3000
        return "repr|%s" % int_literal(a)
    if roll < 0.82:
        base = rng.choice([0, 2, 3, 8, 10, 10, 16, 36, rng.randint(2, 36)])
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:base or 10]
        count = rng.randint(1, 400)
        text = rng.choice(digits[1:]) + "".join(rng.choice(digits) for _ in range(count - 1))
        if rng.random() < 0.2:
            cut = rng.randint(1, len(text))
            text = text[:cut] + "_" + text[cut:] if cut < len(text) else text
        if rng.random() < 0.3:
            text = rng.choice(["-", "+", " ", " -"]) + text
        if base == 0 and text.lstrip(" +-")[0] != "0" and rng.random() < 0.5:
            text = rng.choice(["0x", "0o", "0b"]) + text.lstrip(" +-")
        return "parseint|%s|%d" % (text, base)
    if roll < 0.87:
        return "hash|%s" % int_literal(a)
    if roll < 0.91:
        # int -> float, often next to a rounding boundary.
        if rng.random() < 0.6:
            a = ((1 << 53) + rng.choice([1, 3, -1, 0])) << rng.randint(0, 960)
            a = a + rng.choice([0, 1, -1])
        return "float|%s" % int_literal(a)
    if roll < 0.95:
        return "round|%s|%d" % (int_literal(a), -rng.randint(0, 60))
    if roll < 0.98:
        return "meth|%s|%s" % (int_literal(a), rng.choice(["bit_length", "bit_count"]))
    spec = rng.choice(["x", "X", "#o", "_b", ",", "_", ">60", "+", "#_x", "0=80,"])
    return "fmt|%s|%s" % (int_literal(a), spec)


# ---- floats ------------------------------------------------------------------

def random_double(rng):
    roll = rng.random()
    if roll < 0.3:
        while True:
            value = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
            if value == value and abs(value) != float("inf"):
                return value
    if roll < 0.6:
        # A short decimal, whose halfway digits stress correct rounding.
        digits = rng.randint(1, 17)
        mantissa = rng.randint(1, 10**digits - 1)
        value = float("%de%d" % (mantissa, rng.randint(-25, 25)))
    elif roll < 0.7:
        value = float("%d.%s5e%d" % (rng.randint(0, 9), "".join(rng.choice("0123456789")
                                                               for _ in range(rng.randint(0, 6))),
                                     rng.randint(-8, 8)))
    elif roll < 0.8:
        value = rng.choice([0.0, 0.5, 1.0, 2.5, 1e16, 1e-4, 1e22, 1e23, 5e-324, 2.2250738585072014e-308,
                            1.7976931348623157e308, 9007199254740993.0, 0.1, 1 / 3, 2 / 3])
    elif roll < 0.9:
        value = rng.uniform(-1000, 1000)
    else:
        value = rng.random() * 10.0 ** rng.randint(-320, 300)
    return -value if rng.random() < 0.4 else value


def float_literal(value):
    text = repr(value)
    if text.startswith("-"):
        return "-" + text[1:]
    return text


def random_float_spec(rng):
    spec = ""
    if rng.random() < 0.3:
        spec += rng.choice(["", "*", "0", "x"]) + rng.choice("<>^=")
    if rng.random() < 0.3:
        spec += rng.choice("+- ")
    if rng.random() < 0.1:
        spec += "z"
    if rng.random() < 0.15:
        spec += "#"
    if rng.random() < 0.15:
        spec += "0"
    if rng.random() < 0.4:
        spec += str(rng.randint(1, 30))
    kind = rng.choice(["", "e", "E", "f", "F", "g", "G", "%", "n", "e", "f", "g"])
    if kind != "n" and rng.random() < 0.2:
        spec += rng.choice([",", "_"])
    if rng.random() < 0.7:
        spec += "." + str(rng.choice([0, 1, 2, 3, 5, 6, 10, 15, 16, 17, 20, rng.randint(0, 30)]))
    return spec + kind


def float_case(rng):
    value = random_double(rng)
    literal = float_literal(value)
    roll = rng.random()
    if roll < 0.55:
        return "fmt|%s|%s" % (literal, random_float_spec(rng))
    if roll < 0.67:
        return "repr|%s" % literal
    if roll < 0.8:
        return "round|%s|%d" % (literal, rng.choice([0, 1, 2, 3, 5, 10, 15, -1, -2, -5,
                                                     rng.randint(-320, 330)]))
    if roll < 0.87:
        text = rng.choice([repr(value), "%.17g" % value, "%.25e" % value, "%.6g" % value])
        if rng.random() < 0.2:
            text = " " + text + "\t"
        return "parsefloat|%s" % text
    if roll < 0.92:
        return "meth|%s|%s" % (literal, rng.choice(["hex", "as_integer_ratio", "is_integer"]))
    if roll < 0.96:
        return "hash|%s" % literal
    other = float_literal(random_double(rng))
    if rng.random() < 0.3:
        return "divmod|%s|%s" % (literal, other)
    return "bin|%s|%s|%s" % (literal, rng.choice(["//", "%", "/", "*", "+", "-", "<", "=="]), other)


def write_table(name, make_case, seed):
    rng = random.Random(seed)
    cases = [make_case(rng) for _ in range(CASES_PER_TABLE)]
    path = os.path.join(UNIT, name)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("/* Generated by scripts/gen_number_tables.py (seed %d): do not edit. */\n" % seed)
        handle.write("/* CASES BEGIN */\n")
        for case in cases:
            handle.write('"%s",\n' % case.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t"))
        handle.write("/* CASES END */\n")


write_table("runtime_bigint_table.h", bigint_case, 20261125)
write_table("runtime_float_table.h", float_case, 1125)
