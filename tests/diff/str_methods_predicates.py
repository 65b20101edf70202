samples = ["123", "12.5", "abc", "ABC", "Abc", "abc123", "", "   ", "\t\n", "Title Case", "x_y", "٣", "²"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isdecimal(), s.isnumeric())
print("-5".isdigit(), "0".isdigit(), "hello world".isalpha())
