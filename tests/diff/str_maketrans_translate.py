# str.maketrans in its three forms (through the type and an instance) and translate().
table = str.maketrans("abc", "xyz")
print(table, "aabbcc".translate(table), "abcdef".translate(table))
table = str.maketrans("ab", "éé", "cd")
print(table, "abcdefg".translate(table))
table = str.maketrans({"a": "1", "b": None, 99: "ccc", "é": 101})
print(table, "abcdé".translate(table))
print("".maketrans("x", "y"), "hello".maketrans({"h": "J"}))
print("hello".translate({104: "J", 108: None}), "日本".translate({26085: "sun"}))
print("abc".translate({}), "abc".translate({97: 98, 98: 99, 99: 97}), "abc".translate({97: ""}))
print("abc".translate([]), "abc".translate(["x"] * 200), "abc".translate("0123456789" * 10))
print("abc".translate({97: "\U0001F600"}), "aaa".translate({97: "bb"}))

for args in [("ab", "xyz"), ("a",), (1,), ({"ab": 1},), ({1.5: 1},), ({None: 1},), ("a", 1),
             (1, "a"), ("a", "b", 1), ("a", "b", "c", "d")]:
    try:
        if len(args) == 1:
            print(str.maketrans(args[0]))
        elif len(args) == 2:
            print(str.maketrans(args[0], args[1]))
        elif len(args) == 3:
            print(str.maketrans(args[0], args[1], args[2]))
        else:
            print(str.maketrans(args[0], args[1], args[2], args[3]))
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)

for bad in [{97: 1.5}, {97: 0x110000}, {97: -1}, {97: ["x"]}, 5, None]:
    try:
        print("abc".translate(bad))
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
try:
    "abc".translate()
except TypeError as error:
    print("TypeError", error)
