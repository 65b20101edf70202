# Methods of builtin types read through the type (str.upper) and the attribute builtins on them.
print(str.upper, list.append, str.upper("ab"), list(map(str.strip, [" a ", "b "])))
xs = []
list.append(xs, 3)
print(xs, dict.fromkeys("ab"), int.__name__)
try: str.upper(3)
except TypeError as e: print(e)
try: str.nothing
except AttributeError as e: print(e)
print(getattr(str, "lower")("X"), hasattr(str, "split"), getattr(3, "x", None))
