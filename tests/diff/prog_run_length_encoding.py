def encode(s):
    if not s:
        return []
    runs = []
    current = s[0]
    count = 1
    for ch in s[1:]:
        if ch == current:
            count += 1
        else:
            runs.append((current, count))
            current = ch
            count = 1
    runs.append((current, count))
    return runs
def to_text(runs):
    return "".join([str(n) + c for c, n in runs])
def decode(text):
    out = []
    number = ""
    for ch in text:
        if ch.isdigit():
            number += ch
        else:
            out.append(ch * int(number))
            number = ""
    return "".join(out)
for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz", "aabbaabb", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"]:
    runs = encode(s)
    text = to_text(runs)
    print(repr(s), runs[:4], text, decode(text) == s)
