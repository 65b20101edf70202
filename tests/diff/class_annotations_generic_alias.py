class Config:
    name: str = "app"
    retries: int = 3
    ratio: float
    if True:
        debug: bool = False
    tags: list = []
    def method(self) -> int:
        x: int = 5
        return x
print(Config.__annotations__)
print(Config.name, Config.retries, Config.debug, hasattr(Config, "ratio"), Config().method())
class Empty:
    pass
print(Empty.__name__)
class Typed:
    items: list[int] = []
    mapping: dict[str, list[float]]
    pair: tuple[int, ...]
    s: set[str]
print(Typed.__annotations__)
alias = list[int]
print(alias, alias.__origin__, alias.__args__, alias([1, 2]), dict[str, int], type[int], frozenset[bytes])
print(list[int] == list[int], list[int] == list[str])
