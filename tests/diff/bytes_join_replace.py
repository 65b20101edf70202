# join (bytes-like items only) and replace (with counts, empty patterns).
print(b", ".join([b"a", b"b", b"c"]), b"".join([b"x", b"y"]), b"-".join([]), b"-".join([b"solo"]))
print(b"+".join((bytearray(b"1"), b"2")), b"/".join([b"p", b"q"]))
print(bytearray(b", ").join([b"a", b"b"]), type(bytearray(b"").join([])).__name__)
print(b"".join([bytes([i]) for i in range(65, 70)]))
for items in [[b"a", 1], [b"a", "b"], 5]:
    try:
        print(b",".join(items))
    except Exception as e:
        print(type(e).__name__, e)
print(b"hello".replace(b"l", b"L"), b"hello".replace(b"l", b"L", 1), b"hello".replace(b"xyz", b"!"))
print(b"aaaa".replace(b"aa", b"b"), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2))
print(b"".replace(b"", b"x"), b"abc".replace(b"b", b""), b"abab".replace(b"ab", b"abab"))
print(b"abc".replace(b"b", b"B", 0), b"abc".replace(b"b", b"B", -1))
print(bytearray(b"spam").replace(b"a", b"o"), b"spam".replace(bytearray(b"m"), bytearray(b"n")))
try:
    print(b"abc".replace("a", b"b"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b"abc".replace(b"a"))
except Exception as e:
    print(type(e).__name__, e)
