# zfill() keeps the sign in front; expandtabs() counts columns from each line start.
for text in ["42", "-42", "+42", "", "-", "+", "abc", "-abc", "é", "--1", "3.14", "-0.5", "日本"]:
    print(repr(text), [text.zfill(width) for width in [-3, 0, 1, 3, 6]])

TEXTS = ["a\tb\tc", "\t", "ab\tcd\tef", "abcdefgh\tx", "a\tb\nab\tc", "a\r\tb", "é\tb",
         "日本\t語", "\t\t", "no tabs", "x\u2028\ty", "1\t12\t123\t1234\t"]
for text in TEXTS:
    print(repr(text.expandtabs()), repr(text.expandtabs(4)), repr(text.expandtabs(1)),
          repr(text.expandtabs(0)), repr(text.expandtabs(-2)), repr(text.expandtabs(tabsize=3)))

for bad in [1.5, "4", None]:
    try:
        print("a\tb".expandtabs(bad))
    except TypeError as error:
        print("TypeError", error)
for bad in [1.5, "4", None]:
    try:
        print("7".zfill(bad))
    except TypeError as error:
        print("TypeError", error)
try:
    "7".zfill()
except TypeError as error:
    print("TypeError", error)
