# capitalize() and title() on ASCII, Latin-1, Greek, Cyrillic, digraphs and ligatures.
WORDS = ["hello world", "HELLO wORLD", "", "a", "1st place", "ǆemal", "ǅemal", "ßtraße",
         "ﬁsh and chips", "ΣΑΣ ΟΔΟΣ", "привет МИР", "o'neil's book", "élan VITAL",
         "日本 語", "x1y2 z3", "hello\tworld\nagain", "ŉ apostrophe", "ǰ", "ᾳ ᾼ", "ﬃ ﬄ ﬅ",
         "mIxEd CaSe 123abc", "  leading", "trailing  ", "a-b_c.d", "ÿ", "\u0345x"]

for word in WORDS:
    print(repr(word), repr(word.capitalize()), repr(word.title()), word.istitle(),
          word.title().istitle())

# title() starts a new word after any uncased character.
for text in ["they're bill's friends", "hello2world", "αβγ-δεζ", "a.b.c", "ŉx ŉy"]:
    print(repr(text.title()))

try:
    "x".capitalize(1)
except TypeError as error:
    print("TypeError", error)
try:
    "x".title(None)
except TypeError as error:
    print("TypeError", error)
