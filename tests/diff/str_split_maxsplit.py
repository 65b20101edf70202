# split/rsplit with separators, maxsplit (positional and keyword), whitespace rules.
TEXTS = ["a,b,,c", ",a,", "", ",", "a", "日,本,,語", "a, b, c", "x::y::z", ":::"]
for text in TEXTS:
    for maxsplit in [-1, 0, 1, 2, 10]:
        print(repr(text), maxsplit, text.split(",", maxsplit), text.rsplit(",", maxsplit),
              text.split("::", maxsplit), text.rsplit("::", maxsplit))

SPACES = ["  a  b  c  ", "a\tb\nc\rd\x0be\x0cf", "\u3000日\u3000本\u3000", "a\x1cb\x1dc\x1ed\x1ff",
          "a\x85b\xa0c", "a\u2028b\u2029c", "   ", "", "one", " one two "]
for text in SPACES:
    print(repr(text), text.split(), text.rsplit(), text.split(None, 1), text.rsplit(None, 1),
          text.split(maxsplit=0), text.rsplit(maxsplit=0), text.split(" "))

print("a b c".split(sep=None, maxsplit=1), "a b c".rsplit(maxsplit=1, sep=" "))
print("aaa".split("aa"), "aaa".rsplit("aa"), "aaaa".split("aa"), "abab".rsplit("ab"))
for bad in ["", 1, ["a"]]:
    try:
        print("a b".split(bad))
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
    try:
        print("a b".rsplit(bad))
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
for bad in [1.5, "1", None]:
    try:
        print("a b".split(" ", bad))
    except TypeError as error:
        print("TypeError", error)
try:
    "a".split(",", 1, 2)
except TypeError as error:
    print("TypeError", error)
try:
    "a".split(separator=",")
except TypeError as error:
    print("TypeError", error)
