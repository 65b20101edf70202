class C:
    pass

name = "x"
setattr(C, name, 1)
