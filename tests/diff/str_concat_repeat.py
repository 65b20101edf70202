a = "abc"
b = "xyz"
print(a + b, b + a, a * 3, 3 * b, a * 0, a * -2, "" * 5)
s = ""
for i in range(10):
    s = s + str(i)
    print(s, len(s))
t = ""
for w in ["one", "two", "three"]:
    t += w + "-"
print(t)
print("=" * 20)
print(("ab" + "cd") * 2, "-" * 3 + ">" )
line = "+" + "-" * 8 + "+"
print(line)
print("|" + " " * 8 + "|")
print(line)
