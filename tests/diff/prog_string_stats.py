text = "Molt compiles a subset of Python into small native executables. Output must match CPython byte for byte!"
print(len(text), text.count(" ") + 1, text.upper()[:20], text.lower()[-20:])
vowels = 0
consonants = 0
digits = 0
others = 0
for ch in text:
    if ch.lower() in "aeiou":
        vowels += 1
    elif ch.isalpha():
        consonants += 1
    elif ch.isdigit():
        digits += 1
    else:
        others += 1
print(vowels, consonants, digits, others)
words = text.replace(".", "").replace("!", "").split()
print(words)
print(sorted(words), sorted([w.lower() for w in words]))
longest = ""
for w in words:
    if len(w) > len(longest):
        longest = w
print(longest, [w[::-1] for w in words[:5]], " ".join([w.capitalize() for w in words]))
acronym = "".join([w[0].upper() for w in words])
print(acronym)
