words = ["hello", "WORLD", "MiXeD cAsE", "title case here", "123abc", "", "don't stop", "straße"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
print("ABC".lower() == "abc", "abc".upper(), "hello world".title())
print("ÉCOLE".lower(), "école".upper(), "ǅ".lower())
