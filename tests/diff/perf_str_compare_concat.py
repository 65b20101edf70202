# Comparisons and concatenation of values known to be str take a direct
# path (no slot dispatch): every ordering case must still be CPython's.


def order(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)


def classify(c):
    if "0" <= c <= "9":
        return "digit"
    if "a" <= c <= "z" or "A" <= c <= "Z":
        return "letter"
    return "other"


def join_all(parts):
    s = ""
    for p in parts:
        s = s + p
    return s


samples = ["", "a", "b", "ab", "abc", "abd", "B", "é", "e", "z", "é", "€", "😀", "a\x00", "a\x00b",
           "\uffff", "\U00010000", "zz", "z" * 3]
for x in samples:
    for y in samples:
        print(repr(x), repr(y), order(x, y))

print([classify(c) for c in "09az AZ_é€\x00"])
print(join_all(["ab", "", "é", "", "😀", "x" * 5]))
print(join_all([]) == "", len(join_all(["", ""])))
words = ["pear", "apple", "Äpfel", "banana", "apple", "", "äpfel"]
print(sorted(words), min(words), max(words))
print("abc" < "abd" < "abe", "b" > "a" > "")
left = "x"
for i in range(5):
    left = left + str(i)
print(left, left == "x01234", left[1:] + left[:1])
