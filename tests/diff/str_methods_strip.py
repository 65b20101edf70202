samples = ["  padded  ", "\tTabs\n", "xxhixx", "   ", "", "no-space", " \n mixed \t "]
for s in samples:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHELLOcba".strip("abc")), repr("..a..".lstrip(".")), repr("..a..".rstrip(".")))
print(repr("www.example.com".strip("cmowz.")))
