import importlib

m = importlib.import_module("math")
print(m.pi)
