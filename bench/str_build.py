# String building: += in loops, join over lists, f-strings with format specs, methods.
ROWS = 240000


def build_report(rows):
    lines = []
    for i in range(rows):
        name = "item" + str(i % 977)
        lines.append(f"{i:>7}|{name:<10}|{i * 0.37:>12.3f}|{i % 13:02d}")
    return "\n".join(lines)


def concat_words(count):
    # += builds each short line; the lines are joined once (linear on every Python).
    lines = []
    line = ""
    for i in range(count):
        line += "w" + str(i % 10) + " "
        if i % 40 == 39:
            lines.append(line)
            line = ""
    lines.append(line)
    return "".join(lines)


def checksum(text):
    total = 0
    for part in text.split("|"):
        total = (total * 31 + len(part)) % 1000000007
    return total


report = build_report(ROWS)
words = concat_words(ROWS * 3)
upper = report.upper().replace("ITEM", "it")
print("report", len(report), checksum(report), report.count("item1"))
print("words", len(words), words.count("w7"), len(words.split()))
print("upper", len(upper), checksum(upper))
