s = "the quick brown fox"
print("quick" in s, "slow" in s, "" in s, "fox" not in s, "T" in s)
print("a" < "b", "abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "apple" > "Apple")
print("abc" == "abc", "abc" != "ABC", "a" * 3 == "aaa", "10" < "9", "b" >= "b")
words = ["pear", "Apple", "banana", "apple", "cherry", "Banana", "10", "9"]
for w in words:
    print(w, w < "b", w > "B", "an" in w)
print(sorted(words), max(words), min(words))
print("\u00e9" > "z", "\u2603" > "\u00e9")
