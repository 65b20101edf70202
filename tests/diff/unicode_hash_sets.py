# str hashes equal CPython's under PYTHONHASHSEED=0 for 1-, 2- and 4-byte-per-character
# strings, which makes set and dict-of-set iteration orders match.
WORDS = ["", "a", "abc", "é", "ÿ", "Ā", "日本", "αβγ", "\U0001F600", "a\U0001F600", "é日", "\ud800",
         "Straße", "naïve", "Ωμέγα", "Привет", "中文字符", "\x80", "\uffff", "\U00010000"]
for word in WORDS:
    print(repr(word), hash(word))

greek = {"άλφα", "βήτα", "γάμμα", "δέλτα", "έψιλον", "ζήτα", "ήτα", "θήτα", "ιώτα", "κάππα"}
print(list(greek))
cyrillic = {"один", "два", "три", "четыре", "пять", "шесть", "семь"}
print(list(cyrillic))
cjk = {"日", "月", "火", "水", "木", "金", "土", "山", "川", "田"}
print(list(cjk))
latin1 = {"café", "naïve", "résumé", "jalapeño", "über", "façade", "ångström"}
print(list(latin1))
astral = {"\U0001F600", "\U0001F601", "\U0001F602", "a\U0001F603", "\U00020000"}
print(list(astral))
mixed = {"a", "é", "日", "\U0001F600", "ab", "éb", "日b", 1, 2.5, (1, "é")}
print(list(mixed))
letters = set()
for code_point in range(0x3b1, 0x3ca):
    letters.add(chr(code_point))
print("".join(list(letters)))
print(sorted(greek) == sorted(list(greek)), len(greek | cyrillic), "日" in cjk)
print(hash("é") == hash("é".upper().lower()), hash("日本") == hash("日" + "本"))
