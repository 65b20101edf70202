# splitlines() splits on every line boundary CPython knows, with and without keepends.
BOUNDARIES = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
for boundary in BOUNDARIES:
    text = "one" + boundary + "two" + boundary
    print(repr(boundary), text.splitlines(), text.splitlines(True), text.splitlines(keepends=True))

TEXTS = ["", "\n", "\n\n", "a", "a\n", "\na", "a\r\n\r\nb", "a\n\rb", "a\r\rb", "\r\n", "x\u2028\u2029y",
         "日本\n語\r\n", "no newline at end", "trailing spaces  \n  ", "\x1c\x1d\x1e"]
for text in TEXTS:
    print(repr(text), text.splitlines(), text.splitlines(True), text.splitlines(False),
          text.splitlines(0), text.splitlines(1))

# keepends is a bool parameter: any value counts by its truth value.
print("a\nb".splitlines("yes"), "a\nb".splitlines(""), "a\nb".splitlines(None), "a\nb".splitlines([0]))
# split() without arguments also breaks on these, but str.split('\n') only on '\n'.
print("a\u2028b\x85c".split(), "a\u2028b\nc".split("\n"))
try:
    "a".splitlines(True, False)
except TypeError as error:
    print("TypeError", error)
try:
    "a".splitlines(ends=True)
except TypeError as error:
    print("TypeError", error)
