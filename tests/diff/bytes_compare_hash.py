# Comparisons (lexicographic, bytes vs bytearray, vs str), hashing equal to str's, dict and set keys.
print(b"a" < b"b", b"a" < b"ab", b"ab" < b"b", b"" < b"a", b"\xff" > b"\x00")
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" <= b"abc", b"abc" >= b"abd")
print(b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", b"b" > bytearray(b"a"))
print(b"abc" == "abc", b"abc" != "abc", b"1" == 1)
print(sorted([b"b", b"a", b"ab", b"", b"B"]))
print(max([b"x", b"xy", b"w"]), min(b"q", b"p"))
try:
    print(b"a" < "b")
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b"a" >= 1)
except Exception as e:
    print(type(e).__name__, e)
for value in [b"", b"a", b"abc", b"hello world", b"\x00\xff", b"exactly8", b"sixteen bytes!!!"]:
    print(value, hash(value))
print(hash(b"abc") == hash("abc"), hash(b"") == hash(""))
d = {b"one": 1, b"two": 2}
d[b"three"] = 3
print(d, d[b"two"], b"one" in d, "one" in d)
s = {b"x", b"y", b"x", b"z"}
print(len(s), b"x" in s)
print(sorted(s))
try:
    print(hash(bytearray(b"x")))
except Exception as e:
    print(type(e).__name__, e)
try:
    print({bytearray(b"x"): 1})
except Exception as e:
    print(type(e).__name__, e)
