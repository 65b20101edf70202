# Comparison, membership, concatenation and repetition, including non-ASCII ordering.
WORDS = ["", "a", "A", "ab", "b", "é", "e\u0301", "z", "ÿ", "Ā", "日", "\uffff", "\U00010000", "\U0001F600",
         "abc", "abd", "ab\x00"]
for first in WORDS:
    row = []
    for second in WORDS:
        row.append(("<" if first < second else "") + ("=" if first == second else "") +
                   (">" if first > second else ""))
    print(repr(first), " ".join(row))
print(sorted(WORDS))
print(min(WORDS), max(WORDS), "é" <= "é", "a" != "b", "日本" >= "日", "b" > "abc")
print("é" in "café", "" in "", "" in "abc", "fé" in "café", "ef" in "café", "日本" in "日本語")
print("a" + "b", "é" + "日", "" + "", "x" * 3, 3 * "é", "ab" * 0, "ab" * -3, "日" * 2 + "本")
print(("ab" * 1000).count("ab"), len("é" * 1000), len("\U0001F600" * 100))
text = "abc"
text += "é"
text += "日"
text *= 2
print(text, len(text))
for bad in [1, None, [1], 1.5]:
    try:
        print("a" + bad)
    except TypeError as error:
        print("TypeError", error)
    try:
        print(bad + "a")
    except TypeError as error:
        print("TypeError", error)
    try:
        print("a" * bad if not isinstance(bad, int) else "skip")
    except TypeError as error:
        print("TypeError", error)
    try:
        print("a" < bad)
    except TypeError as error:
        print("TypeError", error)
    try:
        print(bad in "abc")
    except TypeError as error:
        print("TypeError", error)
print("a" == 1, "a" != None, "1" == 1, "a" == ["a"])
