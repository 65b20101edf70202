# strip/lstrip/rstrip with default whitespace, explicit characters, None, non-ASCII sets.
TEXTS = ["  abc  ", "\t\n abc \r\x0b\x0c", "\u3000\xa0abc\x85\u2028", "xxabcxx", "xyzabczyx", "",
         "   ", "éabcé", "日本abc本日", "abc", "\x1c\x1dabc\x1e\x1f", "\u200babc\u200b"]
for text in TEXTS:
    print(repr(text), repr(text.strip()), repr(text.lstrip()), repr(text.rstrip()),
          repr(text.strip("xyz")), repr(text.lstrip("xé日")), repr(text.rstrip("x本é")),
          repr(text.strip(None)), repr(text.strip("")), repr(text.strip("abc")))
for bad in [1, ["x"], ("x",)]:
    try:
        print("xax".strip(bad))
    except TypeError as error:
        print("TypeError", error)
    try:
        print("xax".lstrip(bad))
    except TypeError as error:
        print("TypeError", error)
    try:
        print("xax".rstrip(bad))
    except TypeError as error:
        print("TypeError", error)
try:
    "x".strip("a", "b")
except TypeError as error:
    print("TypeError", error)
