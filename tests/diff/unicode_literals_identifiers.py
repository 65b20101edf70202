# Non-ASCII identifiers, string literals with every escape form, and raw strings.
café = "coffee"
π = 3.14159
日本 = "Japan"
naïve_count = 3
Σ = 0
for ι in range(5):
    Σ += ι
print(café, π, 日本, naïve_count, Σ)


def größe(länge, breite):
    return länge * breite


print(größe(3, 4), größe(länge=2, breite=5))
print(repr("\u00e9\u65e5\U0001F600\x41\101\0\7\a\b\f\v"), len("\u00e9\U0001F600"))
print(r"\n\t\u00e9", len(r"\n"), "a\
b", "tab\there", "日本" "語", 'single \'quoted\'', "double \"quoted\"")
print("""triple
quoted é""", '''another
日本''')
print(f"{café!r} {π:.2f} {日本:>8} {Σ=}")
ключ = {"ключ": "значение"}
print(ключ["ключ"], len(ключ))
