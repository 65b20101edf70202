import importlib

for name in ["math", "enum"]:
    module = importlib.import_module(name)
