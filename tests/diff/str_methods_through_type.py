# Methods called through the type (str.upper(s)), bound methods, and method objects in format.
print(str.upper("abc"), str.join(",", ["a", "b"]), str.split("a b"), str.replace("aaa", "a", "b", 2))
print(str.maketrans("a", "b"), str.format("{}-{}", 1, 2), str.center("x", 5, "*"), str.count("aaa", "a"))
print(str.startswith("abc", ("x", "a")), str.lower("ÀB"), str.__len__("日本"), str.__add__("a", "b"))
upper = "abc".upper
print(upper(), "{0.upper}".format("x")[:26], "{.title}".format("x")[:26])
split = "a,b,c".split
print(split(","), split(",", 1), split(sep=","))
items = ["b", "c", "a"]
print(sorted(items, key=str.lower) if False else sorted(items))
print("{}".format(*["star"]), "{0}{1}".format(*("a", "b")))
for name, args in [("upper", (1,)), ("upper", ()), ("join", (1, [])), ("nosuch", ("a",))]:
    try:
        if name == "upper" and args:
            print(str.upper(args[0]))
        elif name == "upper":
            print(str.upper())
        elif name == "join":
            print(str.join(args[0], args[1]))
        else:
            print(str.nosuch("a"))
    except (TypeError, AttributeError) as error:
        print(type(error).__name__, error)
try:
    print("abc".nosuch)
except AttributeError as error:
    print("AttributeError", error)
try:
    print("abc".nosuch())
except AttributeError as error:
    print("AttributeError", error)
