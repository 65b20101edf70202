# casefold(), swapcase(), lower() and upper(), including multi-character mappings.
WORDS = ["Straße", "STRASSE", "ﬁ", "ΣΑΣ ΣΑΣ", "σς", "İstanbul", "ı", "ſ", "µ", "ǅ", "Ǉ",
         "ǈ", "ǉ", "ß", "ẞ", "ŉ", "ǰ", "ΐ", "ᾳ", "ᾼ", "Ω", "K", "Å", "hello World",
         "ÀÉÎÕÜ", "àéîõü", "ÿ", "Привет", "ՙ", "և", "ﬓ", "\U00010400\U00010428", "ⓐⒶ", "ⅰⅠ"]

for word in WORDS:
    print(repr(word), repr(word.lower()), repr(word.upper()), repr(word.casefold()),
          repr(word.swapcase()), len(word.upper()), len(word.casefold()))

# casefold() makes caseless comparison work where lower() does not.
pairs = [("Straße", "STRASSE"), ("ﬁle", "FILE"), ("Σίσυφος", "ΣΊΣΥΦΟΣ"), ("ǆ", "Ǆ")]
for first, second in pairs:
    print(first.lower() == second.lower(), first.casefold() == second.casefold())

print("ß".swapcase().swapcase(), "ǅ".swapcase(), "ΣΑΣ".swapcase())
try:
    "x".casefold("y")
except TypeError as error:
    print("TypeError", error)
