# An unknown member name ends the program with KeyError.
from enum import Enum


class Suit(Enum):
    HEARTS = "h"
    SPADES = "s"


name = "SPADES"
print(Suit[name], Suit[name.upper()].value)
print(Suit["CLUBS"])
