# s += t must never change a str that another name or a container still holds
# (strings are immutable), however the result is built.
parts = ["a", "b", "c"]
joined = "-".join(parts)
copy = joined
joined += "!"
print(copy, joined)
items = ["x" + str(1)]
item = items[0]
item += "y"
print(items, item)
table = {"k": "v" + str(2)}
value = table["k"]
value += "!"
print(table, value)

text = ""
for i in range(10):
    text += str(i)
snapshot = text
text += "end"
other = snapshot + "other"
print(snapshot, text, other, len(snapshot), len(text), len(other))
branch_a = snapshot + "A"
branch_b = snapshot + "B"
print(branch_a, branch_b, snapshot)
saved = []
grow = "start"
for i in range(6):
    grow += "é" if i % 2 else "日"
    saved.append(grow)
print(saved)
number_text = ""
number_text += "1"
number_text += ".5"
prefix = number_text
number_text += "25"
print(float(prefix), float(number_text), int(prefix.split(".")[0]), prefix == "1.5", hash(prefix) == hash("1.5"))
word = "ab"
word += "cd"
word_alias = word
word += "ef"
print(word_alias.upper(), word_alias[::-1], word_alias.find("ef"), word_alias + "|", {word_alias: 1})
total = ""
for i in range(20000):
    total += "ab"
print(len(total), total[-4:], total.count("ba"))
