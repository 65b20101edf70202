# isidentifier() follows PEP 3131: XID_Start then XID_Continue, Unicode letters allowed.
NAMES = ["abc", "_abc", "_", "__", "a1", "1a", "", " a", "a b", "a-b", "é", "éa", "日本", "ℕ", "℘",
         "℮", "αβγ", "Привет", "a·", "·a", "_\u0300", "\u0300", "a\u0300", "x\u200c", "x\u200d",
         "ǅ", "Ⅷ", "x١", "١x", "\U0001D400", "a\U0001F600", "if", "None", "class", "\u2118x",
         "a\u2160", "__init__", "ab\x00", "ﬁ", "ª", "º", "\u309b", "\u3005"]
for name in NAMES:
    print(repr(name), name.isidentifier())
try:
    "a".isidentifier(1)
except TypeError as error:
    print("TypeError", error)
