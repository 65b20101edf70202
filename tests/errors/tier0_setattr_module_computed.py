import math

name = "tau"
setattr(math, name, 6.28)
