# Packages: __init__.py, submodules, import a.b.c, relative imports.
import shapes
import shapes.solid.cube
from shapes import flat
from shapes.flat import Square, area_sum
from shapes.solid import cube as c
import shapes.solid.cube as cube_module

print(shapes.__name__, shapes.flat.__name__, shapes.solid.__name__, shapes.solid.cube.__name__)
print(c is cube_module, c is shapes.solid.cube, flat is shapes.flat)
print(Square(3).area(), area_sum([Square(1), Square(2)]))
print(c.volume(3), c.describe(2))
print(shapes.DEFAULT_UNIT, shapes.registered())
print(shapes.solid.KIND, c.KIND_SEEN)
