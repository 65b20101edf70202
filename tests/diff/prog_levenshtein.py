def distance(a, b):
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        previous = current
    return previous[len(b)]
pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("abc", ""), ("same", "same"),
         ("intention", "execution"), ("molt", "malt"), ("python", "typhoon")]
for a, b in pairs:
    print(f"{a!r:>12} -> {b!r:<12} {distance(a, b)}")
words = ["apple", "apply", "ape", "maple", "applet", "happy"]
for w in words:
    ranked = sorted([(distance(w, other), other) for other in words if other != w])
    print(w, ranked[:3])
