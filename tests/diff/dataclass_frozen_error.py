# An uncaught FrozenInstanceError: the last line names the dataclasses module.
from dataclasses import dataclass

@dataclass(frozen=True)
class Config:
    path: str
    retries: int = 3

config = Config("/etc/app")
print(config)
config.retries = 5
print("not reached")
