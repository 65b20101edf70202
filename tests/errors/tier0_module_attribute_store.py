import math as m

m.pi = 3.0
print(m.pi)
