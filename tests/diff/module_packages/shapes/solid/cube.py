from .. import register
from ..flat import Square
from . import KIND

print("shapes.solid.cube runs as", __name__)
KIND_SEEN = KIND


def volume(side):
    return Square(side).area() * side


def describe(side):
    return "cube of side %d: volume %d" % (side, volume(side))


register("cube")
