# Enum members and classes with format specs, __members__ items, reversed(),
# sorted(), and IntEnum members through abs, round, bit operations and floats.
from enum import Enum, IntEnum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class P(IntEnum):
    A = 1
    B = 2
    C = -7


print(f"[{Color.RED:>12}]", f"[{P.A:>5}]", f"{P.B:03d}", format(Color.GREEN), f"{P.C:+}")
for key, member in Color.__members__.items():
    print(key, member, member.value)
print(P.A | P.B, P.B & 3, P.B << 2, abs(P.C), round(P.B), round(P.B, 1), P.C ^ P.A, ~P.A)
print(Color.RED.__repr__(), Color.RED.__str__(), P.A.__str__(), repr(Color), str(Color), Color.__class__)
print(list(reversed(Color)), [p.name for p in reversed(P)])
try:
    sorted(Color)
except TypeError as e:
    print("TypeError:", e)
print(sorted(P), sorted(Color, key=lambda c: -c.value))
print(P.A == 1.0, P.A < 1.5, str(P), P.B / 4, P.B * 1.5, int(P.C), float(P.C))
print(Color.RED.name.lower(), Color["GREEN"] is Color.GREEN, Color.RED in [Color.RED], Color.BLUE in {Color.BLUE})
print(len(Color.__members__), bool(Color.RED), bool(P.A), max(Color, key=lambda c: c.name))
