# find, rfind, index, rindex and count with bytes or int needles and start/end bounds.
data = b"abracadabra"
print(data.find(b"bra"), data.rfind(b"bra"), data.find(b"zz"), data.rfind(b"zz"))
print(data.find(97), data.rfind(97), data.find(b""), data.rfind(b""))
print(data.find(b"a", 1), data.find(b"a", 1, 3), data.find(b"a", -4), data.find(b"a", 4, -4))
print(data.find(b"", 11), data.find(b"", 12), data.rfind(b"", 3, 5), data.find(b"a", None, None))
print(data.index(b"cad"), data.rindex(b"a"), data.index(98, 2))
print(data.count(b"a"), data.count(b"bra"), data.count(b""), data.count(97, 5), data.count(b"a", 0, 4))
print(b"aaaa".count(b"aa"), b"".count(b""), b"abc".count(b"", 1), b"abc".count(b"", 5))
print(data.find(bytearray(b"cad")), bytearray(data).find(b"cad"))
try:
    print(data.index(b"zz"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(data.rindex(122))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(data.find("a"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(data.count(300))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(data.find(b"a", 1.5))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(data.find())
except Exception as e:
    print(type(e).__name__, e)
position = data.find(b"a")
while position >= 0:
    print("at", position)
    position = data.find(b"a", position + 1)
