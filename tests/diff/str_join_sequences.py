# join() over lists, tuples, strs, dicts, sets of one element, generators... and its errors.
print(repr(",".join([])), repr(",".join(["a"])), repr(",".join(["a", "b", "c"])))
print(repr("".join(("x", "y"))), repr("-".join("abc")), repr("é".join("日本語")))
print(repr(", ".join({"k1": 1, "k2": 2})), repr("+".join({"only"})), repr("".join(range(0) and [])))
print(repr("|".join([str(n) for n in range(12)])), repr("".join(["", "", ""])), repr(" ".join(["", "a", ""])))
print(repr("\n".join(["line one", "line two", "日本"])), repr("\U0001F600".join(["a", "b"])))
print(repr("".join([x.upper() for x in "abc"])), repr(",".join(sorted({"b", "a", "c"}))))
words = []
for i in range(50):
    words.append("w" + str(i))
print(len(" ".join(words)), " ".join(words)[:40])

for bad in [["a", 1], [1], ["a", None], ["a", ["b"]], [b for b in [1.5]]]:
    try:
        print(",".join(bad))
    except TypeError as error:
        print("TypeError", error)
for bad in [1, None, 2.5]:
    try:
        print(",".join(bad))
    except TypeError as error:
        print("TypeError", error)
try:
    ",".join()
except TypeError as error:
    print("TypeError", error)
try:
    ",".join(["a"], ["b"])
except TypeError as error:
    print("TypeError", error)
