# Module globals: what other modules assign is what the module's functions see.
import config
import counter
from config import settings

print(config.describe())
config.DEBUG = True
config.LEVEL = config.LEVEL + 1
print(config.describe())
settings["color"] = "blue"
print(config.settings, config.get("color"))
config.new_name = "added from main"
print(config.new_name, hasattr(config, "new_name"), hasattr(config, "nothing"))
del config.new_name
print(hasattr(config, "new_name"))
for _ in range(5):
    counter.tick()
print(counter.count, counter.history[-3:], counter.total())
counter.count = 100
counter.tick()
print(counter.count, counter.total())
counter.history = [1, 2, 3]
print(counter.total())
print(getattr(config, "LEVEL"), getattr(config, "missing", "default"))
setattr(config, "LEVEL", 7)
print(config.describe())
try:
    print(config.nothing)
except AttributeError as e:
    print(e)
