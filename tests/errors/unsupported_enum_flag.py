from enum import Enum, Flag, auto


class Perm(Flag):
    R = auto()
