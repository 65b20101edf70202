import dataclasses as dc

def build():
    return dc.make_dataclass("Point", ["x", "y"])
