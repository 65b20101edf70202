text = ("Molt turns a subset of Python into native executables whose output is identical to "
        "what CPython prints, byte for byte, including the awkward corners such as float "
        "representation, big integers, and the exact wording of exception messages.")
def wrap(words, width):
    lines = []
    line = ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        elif line:
            line += " " + word
        else:
            line = word
    if line:
        lines.append(line)
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum([len(w) for w in words])
    out = ""
    for i in range(gaps):
        out += words[i] + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]
for width in [30, 45, 60]:
    lines = wrap(text.split(), width)
    print(f"width {width}: {len(lines)} lines")
    for line in lines[:-1]:
        print("|" + justify(line, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")
