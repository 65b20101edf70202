from dataclasses import dataclass, field, fields, replace, asdict
from typing import ClassVar, List, Optional, Dict
import typing

@dataclass
class Counter:
    name: str
    count: int = 0
    instances: ClassVar[int] = 0
    registry: ClassVar[List[str]] = []
    plain: typing.ClassVar = 5
    tags: List[str] = field(default_factory=list)

c = Counter("a")
print(c, Counter.instances, Counter.registry, Counter.plain)
print([f.name for f in fields(c)], list(Counter.__dataclass_fields__))
print(replace(c, count=3), asdict(c), Counter.__match_args__)
try:
    Counter("b", 1, 2)
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        x: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print(e)
print(Counter.__annotations__)
