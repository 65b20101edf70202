s = "the quick  brown fox"
print(s.split(), s.split(" "), s.split("o"), s.split("quick"))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "".split(), "".split(","), "   ".split())
print("one two three four".split(" ", 2), "a-b-c-d".rsplit("-", 1), "a-b-c-d".rsplit("-"))
print("line1\nline2\n\nline4".split("\n"), "  lead and trail  ".split())
print("k1=v1;k2=v2;k3=v3".split(";"))
for pair in "k1=v1;k2=v2;k3=v3".split(";"):
    parts = pair.split("=")
    print(parts[0], "->", parts[1])
print("a b\tc\nd".split(), "x".split("x"), "xx".split("x"))
print("hello world".partition(" "), "hello".partition("z"), "a=b=c".rpartition("="))
print("line1\nline2\r\nline3".splitlines())
