# Mutating methods: append, extend, insert, pop, remove, clear, reverse, copy.
a = bytearray(b"abc")
a.append(100)
a.append(0x21)
print(a)
a.extend(b"ef")
a.extend([1, 2])
a.extend(bytearray(b"!!"))
a.extend(range(48, 51))
print(a, len(a))
a.insert(0, 65)
a.insert(-1, 66)
a.insert(100, 67)
a.insert(-100, 68)
print(a)
print(a.pop(), a.pop(0), a.pop(2), a.pop(-2), a)
a.remove(33)
print(a)
c = a.copy()
c.reverse()
print(a, c, c is a, type(c).__name__)
a.clear()
print(a, len(a))
a.extend(a)
print(a)
d = bytearray(b"xy")
d.extend(d)
print(d)
for value in ["a", 256, -1, 1.5]:
    try:
        d.append(value)
    except Exception as e:
        print(type(e).__name__, e)
for value in ["xy", 5, [1, 300], [1, "a"]]:
    try:
        d.extend(value)
    except Exception as e:
        print(type(e).__name__, e)
print(d)
try:
    print(bytearray().pop())
except Exception as e:
    print(type(e).__name__, e)
try:
    print(d.pop(10))
except Exception as e:
    print(type(e).__name__, e)
try:
    d.remove(122)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.remove(300)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.insert(0, 256)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.insert("0", 1)
except Exception as e:
    print(type(e).__name__, e)
print(d.append(1), d.reverse(), d.clear(), d)
