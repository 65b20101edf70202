# format(str, spec) and "{:spec}" for text: fill, align, width, precision, and the errors.
SPECS = ["", "s", "10", "<10", ">10", "^10", "*^10", "é>6", "日<5", "010", "<010", "^010", ".2", "10.2",
         ">10.2s", ".0", "1", "0", "-<7", "=<7", "<<5"]
for text in ["abc", "", "éèê", "日本語", "\U0001F600x", "a longer text than ten"]:
    row = []
    for spec in SPECS:
        row.append(format(text, spec))
    print(repr(text), row)
for spec in ["d", "x", "=10", "+", "-", " ", "#", ",", "_", "10,", "z", ".2f", "c", "%", "e", "{}"]:
    try:
        print(repr(spec), repr(format("abc", spec)))
    except ValueError as error:
        print(repr(spec), "ValueError", error)
print(format("abc"), "abc".__format__(""), "abc".__format__(">5"), repr(format(5, "")), repr(format(None)))
for bad in [1, None]:
    try:
        print("abc".__format__(bad))
    except TypeError as error:
        print("TypeError", error)
for spec in ["+,", " #", "z#", "#=", "=,", ",d", "+z", "_x", "z", " "]:
    try:
        print(repr(spec), repr(format("abc", spec)))
    except ValueError as error:
        print(repr(spec), "ValueError", error)
