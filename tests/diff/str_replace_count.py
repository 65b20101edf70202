# replace() with counts (positional and keyword in 3.12... only positional), empty patterns.
TEXTS = ["aaa", "banana", "", "日本日本日本", "abc", "a.b.c.d"]
for text in TEXTS:
    for count in [-5, -1, 0, 1, 2, 100]:
        print(repr(text), count, repr(text.replace("a", "X", count)), repr(text.replace("", "-", count)),
              repr(text.replace("an", "", count)), repr(text.replace("日本", "é", count)),
              repr(text.replace(".", "..", count)))
print(repr("".replace("", "x")), repr("".replace("", "")), repr("abc".replace("abc", "")),
      repr("abc".replace("", "")), repr("aaaa".replace("aa", "a")))
print(repr("x".replace("x", "日" * 3)), repr("日".replace("日", "x" * 3)))
for args in [("a",), ("a", 1), (1, "a"), ("a", "b", "c"), ("a", "b", 1.5), ("a", "b", None)]:
    try:
        if len(args) == 1:
            print("abc".replace(args[0]))
        elif len(args) == 2:
            print("abc".replace(args[0], args[1]))
        else:
            print("abc".replace(args[0], args[1], args[2]))
    except TypeError as error:
        print("TypeError", error)
