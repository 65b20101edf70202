# Members from the class body: name, value, repr, str, lookup by value and by
# name, iteration in definition order, len, in, aliases, __members__,
# identity, hashing, and the types involved.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1          # an alias of RED
    _hidden = 9          # one leading underscore does not hide a member
    label = "colour"     # any other value is a member


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["BLUE"], Color(Color.RED), Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color), len(Color))
print([m.name for m in Color], [m.value for m in Color])
print(list(Color.__members__), Color.__members__["CRIMSON"])
print(Color.RED in Color, 1 in Color, 4 in Color, "colour" in Color)
print(Color.label, Color("colour"), Color._hidden)
print(type(Color), type(Color.RED), Color, isinstance(Color.RED, Color), type(Color.RED) is Color)
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != 1, Color.RED == 1)
print(Color.RED is Color(1) is Color["RED"], Color.RED.__class__.__name__)
counts = {Color.RED: 0, Color.GREEN: 0}
for c in [Color.RED, Color.GREEN, Color.RED, Color.CRIMSON]:
    counts[c] += 1
print(counts, {Color.BLUE, Color.BLUE, Color.GREEN} == {Color.GREEN, Color.BLUE})
print(hash(Color.RED) == hash("RED"), f"{Color.GREEN}", f"{Color.GREEN!r}", "%s" % Color.BLUE)
print(Color.__name__, Color.RED.__class__ is Color, sorted(Color, key=lambda c: c.name))
print(Color.RED._name_, Color.RED._value_, Color._member_names_)


class Empty(Enum):
    pass


print(len(Empty), list(Empty), bool(Empty), Enum, type(Enum))
