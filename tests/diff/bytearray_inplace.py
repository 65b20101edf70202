# += and *= mutate a bytearray in place (aliases see it); on bytes they rebind.
a = bytearray(b"ab")
alias = a
a += b"cd"
a += bytearray(b"ef")
print(a, alias, a is alias)
a *= 2
print(a, alias, a is alias)
a *= 0
print(a, alias, len(alias))
b = bytearray(b"xy")
b *= -1
print(b)
c = bytearray(b"q")
c *= 3
c += bytes(c)
print(c)
x = b"im"
y = x
x += b"mutable"
print(x, y, x is y)
items = [bytearray(b"1"), bytearray(b"2")]
items[0] += b"0"
items[1] *= 3
print(items)
try:
    a += "str"
except Exception as e:
    print(type(e).__name__, e)
try:
    a += 5
except Exception as e:
    print(type(e).__name__, e)
try:
    a *= "x"
except Exception as e:
    print(type(e).__name__, e)
out = bytearray()
for i in range(10):
    out += bytes([65 + i])
print(out, len(out))
