# split and rsplit: whitespace runs, explicit separators, maxsplit, keywords and errors.
print(b"a b  c".split(), b"  lead and trail  ".split(), b"".split(), b"   ".split())
print(b"a\tb\nc\x0bd\x0ce\rf".split())
print(b"a b c d".split(None, 2), b"a b c d".rsplit(None, 2), b"  a b  ".rsplit(None, 1))
print(b"a,b,,c".split(b","), b"a,b,,c".rsplit(b","), b",".split(b","), b"".split(b","))
print(b"a::b::c".split(b"::"), b"a::b::c".rsplit(b"::", 1), b"a::b::c".split(b"::", 0))
print(b"a,b,c".split(b",", maxsplit=1), b"a,b,c".rsplit(sep=b",", maxsplit=1))
print(b"a b c".split(maxsplit=1), b"a b c".split(sep=None), b"x".split(b"x"))
print(b"aaa".split(b"a"), b"aaa".split(b"aa"), b"aaa".rsplit(b"aa"))
print(bytearray(b"1 2 3").split(), bytearray(b"1,2").split(b","))
print(b"a,b".split(bytearray(b",")))
try:
    print(b"abc".split(b""))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b"abc".split(","))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b"abc".rsplit(b"", 1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b"a b".split(None, "1"))
except Exception as e:
    print(type(e).__name__, e)
line = b"name=molt; kind=compiler; lang=c"
fields = {}
for item in line.split(b"; "):
    key, value = item.split(b"=")
    fields[key] = value
print(fields)
