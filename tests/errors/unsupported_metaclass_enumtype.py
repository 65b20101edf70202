import enum


class Color(enum.Enum, metaclass=enum.EnumType):
    RED = 1
