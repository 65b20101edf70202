# is* predicates on Latin, Greek, Cyrillic, CJK, Arabic, symbols and marks.
WORDS = ["hello", "HELLO", "Hello", "héllo", "HÉLLO", "Ελληνικά", "ΕΛΛΗΝΙΚΑ", "ελληνικά",
         "Русский", "РУССКИЙ", "русский", "日本語", "中文", "한국어", "العربية", "עברית", "ไทย",
         "ǅ", "ǈa", "Aǅ", "Ⓐ", "ⓐ", "ℌ", "ℍ", "ⅰ", "Ⅰ", "ª", "º", "\u0301", "a\u0301",
         "\u00ad", "\u2028", "™", "©", "€", "\U0001F600", "\U00010400", "\U00010428", "ﬁ", "ʰ",
         "Hello World", "Hello world", "HeLLo", "1A", "A1", "", " ", "_", "a_b", "ǅemal Ǉ"]
for word in WORDS:
    print(repr(word), word.isalpha(), word.isalnum(), word.isupper(), word.islower(), word.istitle(),
          word.isspace(), word.isprintable(), word.isascii(), word.isidentifier())
