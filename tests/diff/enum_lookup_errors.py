# The errors of lookups, comparisons and assignment, caught; the last one
# ends the program.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


for attempt in (lambda: Color(3), lambda: Color("red"), lambda: Color(None)):
    try:
        attempt()
    except ValueError as e:
        print("ValueError:", e)
try:
    Color["BLUE"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(type(Color.RED), "RED", 3)
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(type(Color.RED), "GREEN")
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    class MoreColor(Color):
        BLUE = 3
except TypeError as e:
    print("TypeError:", e)
print(list(Color), Color.RED.value)
Color(7)
