# splitlines (\n, \r, \r\n only), partition and rpartition.
text = b"one\ntwo\r\nthree\rfour\x0bfive\x0csix\n\n"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True))
print(b"".splitlines(), b"\n".splitlines(), b"no newline".splitlines(), b"a\r".splitlines(True))
print(b"key=value=more".partition(b"="), b"key=value=more".rpartition(b"="))
print(b"nothing".partition(b"="), b"nothing".rpartition(b"="))
print(b"=".partition(b"="), b"ab".partition(b"ab"), b"abcabc".rpartition(b"bc"))
print(bytearray(b"a-b").partition(b"-"), b"a-b".partition(bytearray(b"-")))
try:
    print(b"abc".partition(b""))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b"abc".rpartition("b"))
except Exception as e:
    print(type(e).__name__, e)
head, sep, tail = b"GET /index.html HTTP/1.1".partition(b" ")
print(head, sep, tail)
