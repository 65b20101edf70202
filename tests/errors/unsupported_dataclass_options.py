from dataclasses import dataclass

@dataclass(order=True, slots=True)
class P:
    x: int
