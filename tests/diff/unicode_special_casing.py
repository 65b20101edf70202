# Special casings: multi-character results, Greek final sigma in lower(), title-case digraphs.
SPECIAL = ["ß", "ẞ", "ﬀ", "ﬁ", "ﬂ", "ﬃ", "ﬄ", "ﬅ", "ﬆ", "ﬓ", "ﬔ", "ﬕ", "ﬖ", "ﬗ", "ŉ", "ǰ", "ΐ",
           "ΰ", "և", "ẖ", "ẗ", "ẘ", "ẙ", "ẚ", "ὐ", "ᾀ", "ᾈ", "ᾳ", "ᾼ", "ῃ", "ῌ", "ῳ", "ῼ",
           "İ", "ı", "ǅ", "ǈ", "ǋ", "ǲ", "Ǆ", "ǆ"]
for char in SPECIAL:
    print(repr(char), hex(ord(char)), repr(char.upper()), repr(char.lower()), repr(char.title()),
          repr(char.casefold()), repr(char.swapcase()), repr(char.capitalize()))

# Final sigma: Σ lowers to ς at the end of a word (after a cased letter, not before one).
SIGMAS = ["Σ", "ΣΑ", "ΑΣ", "ΑΣ ", "ΑΣΑ", "ΑΣ.", "Α.Σ", "ΑΣ'", "Α'Σ", "ΑΣ\u0301", "Α\u0301Σ",
          "ΑΣ\u0301Α", "ΟΔΟΣ ΟΔΟΣ", "1Σ", "ΑΣ1", " Σ ", "ΣΣ", "ΑΣΣ", "ΑΣΣ Β", "aΣb", "aΣ b"]
for word in SIGMAS:
    print(repr(word), repr(word.lower()), repr(word.casefold()), repr(word.title()),
          repr(word.capitalize()), repr(word.swapcase()))

print("ǆungla ǅemal Ǆ".title(), "ǉubljana".capitalize(), "ﬁnal ﬂow".title())
print(len("ß" * 10), len(("ß" * 10).upper()), ("ßﬁ" * 3).upper())
