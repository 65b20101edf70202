tests = [
 (b"%d %s %r %x %c %b", (1, b"ab", b"q", 255, 65, bytearray(b"z"))),
 (b"%c", (b"A",)), (b"%c", (256,)), (b"%c", ("a",)), (b"%c", (b"ab",)), (b"%c", (-1,)),
 (b"%s", ("str",)), (b"%s", (1,)), (b"%b", (1.5,)), (b"%a", ("\xe9",)), (b"%r", ("\xe9",)),
 (b"%5s|%-5s|%.1s", (b"a", b"b", b"cd")), (b"%(a)s", {b"a": b"x"}), (b"%(a)s", {"a": b"x"}),
 (b"%d", ("x",)), (b"%x", (1.5,)), (b"%f", ("x",)), (b"%y", (1,)), (b"%s %s", (b"a",)),
 (b"%s", (b"a", b"b")), (b"\xff%s", (b"\xfe",)), (b"%%", ()), (b"%5.2f", (3.14159,)),
 (b"%s", b"abc"), (b"%s", bytearray(b"abc")), (b"%d", [1]), (b"%s", ([1],)), (b"%c", (bytearray(b"x"),)),
 (b"%(a)s", (1,)), (b"%(a", {}), (b"%", ()), (b"\xe9%y", (1,)),
]
for f, a in tests:
    try: print(repr(f % a))
    except Exception as e: print(type(e).__name__, e)
print(bytearray(b"%d") % 5, type(bytearray(b"%d") % 5))
class B:
    def __bytes__(self): return b"BB"
print(b"%s" % B())
try: print(b"%s" % {})
except Exception as e: print(type(e).__name__, e)
try: print(b"%s" % {b'x':1})
except Exception as e: print(type(e).__name__, e)
try: print(b"x" % {b'x':1})
except Exception as e: print(type(e).__name__, e)
try: print(b"x" % 3)
except Exception as e: print(type(e).__name__, e)
try: print(b"x" % ())
except Exception as e: print(type(e).__name__, e)
try: print(b"x" % b"")
except Exception as e: print(type(e).__name__, e)
try: print(b"x" % [])
except Exception as e: print(type(e).__name__, e)
try: print("x" % [])
except Exception as e: print(type(e).__name__, e)
print(b"%-6d|%+d|% d|%05d|%#x|%#o|%X|%.3d" % (42, 5, 7, -3, 255, 8, 255, 9))
print(b"%*d|%-*s|%.*s" % (5, 1, 4, b"ab", 2, b"xyz"))
print(bytearray(b"[%3c]") % 0x41, b"%e %g %.2F" % (12345.678, 0.00001, 2.5))
print(b"%(x)d-%(y)b" % {b"x": 3, b"y": b"yy"})
class Bad:
    def __bytes__(self): return 1
for v in (Bad(),):
    try: print(b"%s" % v)
    except TypeError as e: print(e)
    try: print(bytes(v))
    except TypeError as e: print(e)
class Good:
    def __bytes__(self): return b"good"
print(bytes(Good()), bytearray(b"%b!") % Good())
try: bytearray(Good())
except TypeError as e: print(e)
try: print("%b" % b"x")
except ValueError as e: print(e)
