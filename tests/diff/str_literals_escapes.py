print("hello", 'world', "it's", 'say "hi"')
print("tab\there", "new\nline", "back\\slash", "quote\"d", 'single\'s')
print("\x41\x42\x43", "\u00e9t\u00e9", "\u03b1", "\101\102")
print(r"raw\nstring", r"C:\path\to", len(r"\n"), len("\n"))
print("""triple
quoted""", '''also
triple''')
print("implicit" " concatenation" ' works')
print(repr("tab\t"), repr("nl\n"), repr("q'"), repr('dq"'), repr("both'\""), repr("\\"))
print(repr("\x00\x01\x7f"), repr("caf\u00e9"), repr("\u2603"), repr("\r"))
print(len("\u2603"), len("abc\tdef"), len(""), "")
print("end")
