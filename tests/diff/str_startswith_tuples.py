# startswith/endswith with tuples of prefixes, start/end (negative, huge, None), errors.
TEXT = "héllo wörld"
PREFIXES = ["h", "hé", "", "héllo wörld!", ("x", "hé"), ("x", "y"), (), ("", "z"), "wörld", "llo"]
for prefix in PREFIXES:
    print(repr(prefix), TEXT.startswith(prefix), TEXT.endswith(prefix),
          TEXT.startswith(prefix, 6), TEXT.endswith(prefix, 0, 5), TEXT.startswith(prefix, -5),
          TEXT.endswith(prefix, -100, 100), TEXT.startswith(prefix, None, None),
          TEXT.startswith(prefix, 11), TEXT.startswith(prefix, 12), TEXT.endswith(prefix, 5, 2))

for start in [-20, -3, 0, 1, 3, 4, 10]:
    print(start, "abc".startswith("", start), "abc".endswith("", start),
          "abc".startswith("c", start), "abc".endswith(("a", "c"), 0, start))



for bad in [1, None, ["a"], ("a", 1), ("a", None)]:
    try:
        print("abc".startswith(bad))
    except TypeError as error:
        print("TypeError", error)
    try:
        print("abc".endswith(bad))
    except TypeError as error:
        print("TypeError", error)
try:
    "abc".startswith("a", "b")
except TypeError as error:
    print("TypeError", error)
try:
    "abc".endswith()
except TypeError as error:
    print("TypeError", error)
print("abc".startswith(("b", "a")), "abc".startswith(("a",) * 3), "日本".endswith(("本", "x")))
