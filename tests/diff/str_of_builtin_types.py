# str() and repr() of every builtin value type, and str() called with keywords / errors.
VALUES = [0, -5, 10**30, -10**30, 1.0, -0.0, 1e16, 1.5e-7, 0.1, float("inf"), float("nan"), True, False,
          None, "", "é", "a'b", [], [1, "a", None], (), (1,), (1, "é"), {}, {"k": [1]}, set(), {1},
          range(0), range(1, 10, 2), slice(1, None, 2), [[]], ((),), {1: {2: 3}}]
for value in VALUES:
    print(str(value), "|", repr(value), "|", ascii(value))
print(str(int), str(str), str(float), str(list), str(dict), str(type(None)), str(ValueError))
print(str(ValueError("msg")), str(ValueError()), str(ValueError("a", 2)), str(KeyError("k")),
      str(KeyError()), repr(KeyError("k")), str(IndexError(5)))
print(str(), str(""), str("x"), str(object="kw"), repr(str(b=1) if False else "skip"))
print(str(Exception("é")), repr(Exception("é", 1)))
for args in [(1, 2, 3, 4)]:
    try:
        print(str(args[0], args[1], args[2], args[3]))
    except TypeError as error:
        print("TypeError", error)
try:
    print(str(bogus=1))
except TypeError as error:
    print("TypeError", error)
try:
    print(str("abc", "utf-8"))
except TypeError as error:
    print("TypeError", error)
