from dataclasses import dataclass

@dataclass(order=True)
class P:
    x: int
