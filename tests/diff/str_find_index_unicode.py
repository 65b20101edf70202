# find/rfind/index/rindex/count with start/end in code points on non-ASCII text.
TEXT = "héllo wörld, héllo 日本 \U0001F600 héllo"
NEEDLES = ["l", "é", "héllo", "日本", "\U0001F600", "", "xyz", "o w", "lo"]
for needle in NEEDLES:
    print(repr(needle), TEXT.find(needle), TEXT.rfind(needle), TEXT.count(needle),
          TEXT.find(needle, 5), TEXT.rfind(needle, 0, 20), TEXT.count(needle, 3, -3),
          TEXT.find(needle, -8), TEXT.find(needle, 100), TEXT.rfind(needle, -100, -5))

for start in [None, -50, -3, 0, 2, 36, 37, 50]:
    for end in [None, -50, -1, 0, 3, 37, 50]:
        print(start, end, "aéaéa".find("é", start, end), "aéaéa".rfind("", start, end),
              "aéaéa".count("", start, end), "aéaéa".count("a", start, end))


def show_index(text, needle, start, end):
    try:
        print(text.index(needle, start, end), text.rindex(needle, start, end))
    except ValueError as error:
        print("ValueError", error)


show_index("日本語", "本", 0, 3)
show_index("日本語", "本", 2, 3)
show_index("日本語", "", 3, 3)
show_index("日本語", "", 4, 5)
show_index("aaa", "aa", 0, 3)
for bad in [1, None, ["a"]]:
    try:
        print("abc".find(bad))
    except TypeError as error:
        print("TypeError", error)
for bad in [1.5, "1"]:
    try:
        print("abc".count("a", bad))
    except TypeError as error:
        print("TypeError", error)
try:
    "abc".rindex()
except TypeError as error:
    print("TypeError", error)
try:
    "abc".find("a", 0, 1, 2)
except TypeError as error:
    print("TypeError", error)
print("aaaa".count("aa"), "aaaaa".count("aa"), "ababab".count("aba"), "".count(""), "é".count(""))
