# memoryview over bytes and bytearray: items, slices with steps, casts to B/b/c, writes
# through a bytearray's view, the export lock on resizing, release and with, and views
# where bytes-like arguments are expected. (Its repr holds an address: never printed.)
def t(f):
    try:
        r = f()
        print(repr(r) if not isinstance(r, memoryview) else ("mv", r.tolist()))
    except Exception as e:
        print(type(e).__name__, e)
b = b"hello"
m = memoryview(b)
t(lambda: (len(m), m[0], m[-1], m.format, m.itemsize, m.readonly, m.nbytes, m.ndim, m.shape, m.strides))
t(lambda: m[1:4].tobytes())
t(lambda: m[::2].tolist())
t(lambda: m[::-1].tobytes())
t(lambda: m[10])
t(lambda: m["a"])
t(lambda: m[1.5])
t(lambda: bytes(m[1:3]))
t(lambda: bytearray(m))
t(lambda: m == b"hello")
t(lambda: m == memoryview(b"hello"))
t(lambda: m[1:] == b"ello")
t(lambda: m == "hello")
t(lambda: m != b"x")
t(lambda: m.obj is b)
t(lambda: hash(m) == hash(b))
t(lambda: list(m))
t(lambda: 104 in m)
t(lambda: m.hex())
t(lambda: m.cast("c")[0])
t(lambda: m.cast("b").tolist())
t(lambda: m[::2].cast("B"))
t(lambda: m.cast("x"))
t(lambda: memoryview(1))
t(lambda: memoryview("s"))
t(lambda: memoryview())
t(lambda: memoryview(m).tobytes())
ba = bytearray(b"abcdef")
w = memoryview(ba)
t(lambda: w.readonly)
def s1(): w[0] = 65; return ba
def s2(): w[1:3] = b"XY"; return ba
def s3(): w[0] = 256
def s4(): w[0] = "a"
def s5(): w[0:2] = b"abc"
def s6(): m[0] = 1
def s7(): ba.append(1)
def s8(): w[::2] = b"123"; return ba
def s9():
    del w[0]
t(s1); t(s2); t(s3); t(s4); t(s5); t(s6); t(s7); t(s8); t(s9)
t(lambda: hash(w))
c = w.cast("c")
def c1(): c[0] = b"z"; return ba
def c2(): c[0] = 1
t(c1); t(c2)
sb = w.cast("b")
def b1(): sb[0] = -1; return ba
def b2(): sb[0] = 200
t(b1); t(b2); t(lambda: sb[0])
w.release(); c.release(); sb.release()
t(lambda: ba.append(33) or ba)
t(lambda: w[0])
t(lambda: len(w))
t(lambda: w.tobytes())
t(lambda: w.release())
with memoryview(ba) as v:
    print(v[0], v.tobytes())
t(lambda: v[0])
t(lambda: ba.pop())
t(lambda: b"%s" % memoryview(b"mv"))
t(lambda: b"-".join([memoryview(b"a"), b"b"]))
t(lambda: b"abc".startswith(memoryview(b"ab")))
t(lambda: int(memoryview(b"12")))
t(lambda: memoryview(b"").tolist())
t(lambda: str(type(m).__name__))
t(lambda: m.tolist() == list(b))
t(lambda: m[1:3][0])
t(lambda: m[5:1].tobytes())
t(lambda: memoryview(b"ab") < memoryview(b"b"))
