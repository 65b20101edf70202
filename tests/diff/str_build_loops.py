# Building strings: += in loops (ASCII and not), join of many parts, f-strings, repeated slicing.
text = ""
for i in range(2000):
    text += str(i % 10)
print(len(text), text[:30], text[-10:], text.count("7"))
wide = ""
for i in range(1000):
    wide += "é日"[i % 2]
    if i % 100 == 99:
        wide += "\U0001F600"
print(len(wide), wide[:12], wide[-5:], wide.count("\U0001F600"), wide[99:103])
parts = []
for i in range(3000):
    parts.append(f"{i:04d}")
joined = "-".join(parts)
print(len(joined), joined[:24], joined[-14:], joined.split("-")[1234])
copy = joined
joined += "!"
print(len(copy), len(joined), copy[-4:], joined[-5:])
accumulator = "x"
alias = accumulator
for i in range(5):
    accumulator += accumulator
print(len(accumulator), alias, accumulator[:8])
lines = []
line = ""
for i in range(500):
    line += "w" + str(i % 10) + " "
    if i % 40 == 39:
        lines.append(line)
        line = ""
lines.append(line)
print(len(lines), len("".join(lines)), lines[0][:20], repr(lines[-1][-6:]))
rows = []
for i in range(200):
    rows.append("%5d|%-6s|%8.3f" % (i, "r" + str(i), i / 7))
report = "\n".join(rows)
print(len(report), report.splitlines()[150], report.upper()[:13], len(report.split()))
