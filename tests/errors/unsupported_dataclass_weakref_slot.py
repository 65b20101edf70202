import dataclasses

@dataclasses.dataclass(weakref_slot=True)
class P:
    x: int
