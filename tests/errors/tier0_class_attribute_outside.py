class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y


Vector.ZERO = Vector(0, 0)
print(Vector.ZERO.x)
