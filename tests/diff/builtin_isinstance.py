values = [1, -2 ** 70, 2.5, True, None, "s", [1], (1,), {"k": 1}, range(3)]
for v in values:
    print(repr(v), isinstance(v, int), isinstance(v, float), isinstance(v, bool), isinstance(v, str),
          isinstance(v, list), isinstance(v, tuple), isinstance(v, dict), isinstance(v, (int, str)))
print(type(1).__name__, type(1.0).__name__, type("").__name__, type([]).__name__, type(()).__name__,
      type({}).__name__, type(None).__name__, type(True).__name__, type(range(1)).__name__)
