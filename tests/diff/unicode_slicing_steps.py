# Indexing and slicing with steps on strings of 1-, 2-, 3- and 4-byte UTF-8 characters.
TEXTS = ["abcdefghij", "αβγδεζηθικ", "日本語のテキストです", "a日b本c語\U0001F600d\U0001F601e", "é"]
for text in TEXTS:
    print(repr(text), len(text), repr(text[0]), repr(text[-1]), repr(text[::-1]),
          repr(text[1::2]), repr(text[::3]), repr(text[-2::-2]), repr(text[2:8]), repr(text[8:2:-1]),
          repr(text[-100:100]), repr(text[5:5]), repr(text[100:]), repr(text[:-100]))

long_text = "é" * 70 + "日" * 70 + "\U0001F600" * 70 + "x" * 70
print(len(long_text), repr(long_text[69:72]), repr(long_text[139:141]), repr(long_text[209:211]),
      repr(long_text[-1]), repr(long_text[::50]), repr(long_text[279:0:-45]))
for index in [0, 63, 64, 65, 127, 128, 129, 200, 279, -1, -64, -65, -280]:
    print(index, repr(long_text[index]))
for index in [280, -281]:
    try:
        print(long_text[index])
    except IndexError as error:
        print("IndexError", error)
try:
    print("abc"[::0])
except ValueError as error:
    print("ValueError", error)
chars = []
for char in "a日\U0001F600é":
    chars.append(char)
print(chars, list("αβγ"), [c for c in "日本"], "".join(reversed("αβγ")))
