# partition/rpartition and removeprefix/removesuffix.
TEXTS = ["key=value", "key=val=ue", "=x", "x=", "=", "novalue", "", "日=本=語"]
for text in TEXTS:
    print(repr(text), text.partition("="), text.rpartition("="), text.partition("=v"),
          text.rpartition("x"))
print("abcabc".partition("bc"), "abcabc".rpartition("bc"), "aaa".partition("aa"), "aaa".rpartition("aa"))

for bad in ["", 1, None]:
    try:
        print("a=b".partition(bad))
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
    try:
        print("a=b".rpartition(bad))
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)

for text in ["prefix_body_suffix", "prefix", "", "日本語", "body"]:
    print(repr(text), repr(text.removeprefix("prefix")), repr(text.removesuffix("suffix")),
          repr(text.removeprefix("")), repr(text.removesuffix("")), repr(text.removeprefix(text)),
          repr(text.removeprefix("日")), repr(text.removesuffix("語")))
for bad in [1, None, ("a",)]:
    try:
        print("abc".removeprefix(bad))
    except TypeError as error:
        print("TypeError", error)
    try:
        print("abc".removesuffix(bad))
    except TypeError as error:
        print("TypeError", error)
try:
    "abc".removeprefix()
except TypeError as error:
    print("TypeError", error)
