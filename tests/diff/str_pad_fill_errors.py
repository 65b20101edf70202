# center/ljust/rjust with fill characters (also non-ASCII) and their argument errors.
def pad_all(text, width, fill):
    try:
        print(repr(text.center(width, fill)), repr(text.ljust(width, fill)),
              repr(text.rjust(width, fill)))
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)


for text in ["abc", "", "é", "日本", "\U0001F600", "abcd"]:
    for width in [-1, 0, 2, 5, 6, 9]:
        pad_all(text, width, "*")
    pad_all(text, 7, "é")
    pad_all(text, 7, "日")

for text in ["a", "ab", "abc"]:
    for width in range(1, 7):
        print(repr(text.center(width)), repr(text.center(width, "-")))

pad_all("abc", 10, "ab")
pad_all("abc", 10, "")
pad_all("abc", 10, 5)
pad_all("abc", 10.0, "x")
pad_all("abc", "10", "x")
pad_all("abc", None, "x")
pad_all("abc", True, "x")
try:
    "abc".center()
except TypeError as error:
    print("TypeError", error)
try:
    "abc".ljust(1, "x", "y")
except TypeError as error:
    print("TypeError", error)
try:
    "abc".rjust(width=5)
except TypeError as error:
    print("TypeError", error)
