# Per-program method tables (docs/wasm.md, "Size"): the str methods this
# program reaches only through names written as strings or patterns must
# still be there, since the compiler keeps every name it can see.
import operator


text = "  Hello World  "
print("{0.swapcase}".format("aBc")[:25].split(" ")[0])
print("{0.title}".format("x")[:5])
print(operator.methodcaller("center", 9, "*")("mid"))
print(operator.attrgetter("casefold")("ÄB")())
print(getattr("abc", "zfill")(6))
print(hasattr("abc", "isnumeric"), hasattr("abc", "no_such_method"))
print("<" + str.strip(text) + ">")
for value in ["42", "x1"]:
    match value:
        case str(isdecimal=check) if check():
            print(value, "is decimal")
        case _:
            print(value, "is not")
print(str.rjust("7", 3, "0"), sorted(["b", "A", "c"], key=str.lower))
try:
    "abc".no_such_method()
except AttributeError as error:
    print(error)
