class Base:
    pass


class Both(Base, int):
    pass
