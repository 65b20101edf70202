for args in [('x',), (1,'a',0,1,'r'), ('u','a','0',1,'r'), ('u','a',0,1,2), ('u',b'a',0,1,'r'), ('u', 'abc', 1, 2, 'bad')]:
    try: print(repr(UnicodeEncodeError(*args)))
    except Exception as e: print(type(e).__name__, e)
for args in [('x',), ('u','a',0,1,'r'), ('u',b'ab',0,1,'r'), ('u',bytearray(b'ab'),0,2,'r'), ('u',b'ab',5,9,'r')]:
    try: e=UnicodeDecodeError(*args); print(repr(e), str(e), e.object, e.start)
    except Exception as e: print(type(e).__name__, e)
e = UnicodeEncodeError('u','abc',5,9,'r'); print(str(e), e.start, e.end)
e = UnicodeEncodeError('u','a\U0001f600c',1,2,'r'); print(str(e), e.args)
try:
    b"ab\xffcd\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e, e.encoding, e.object, e.start, e.end, e.reason, e.args, isinstance(e, ValueError), isinstance(e, UnicodeError))
try:
    "a\udc80\udc81b".encode("ascii")
except UnicodeError as e:
    print(repr(e), e.start, e.end)
print("a", "b\ud800", sep="-")
