names = ["test_one.py", "main.c", "test_two.txt", "README", "setup.py", ""]
for n in names:
    print(repr(n), n.startswith("test"), n.endswith(".py"), n.startswith(""), n.endswith(("c", "t")))
print("hello".startswith("he"), "hello".startswith("lo", 3), "hello".endswith("ell", 0, 4))
print("hello".startswith(("x", "h")), "hello".endswith(("lo", "z")))
print("prefix_value".removeprefix("prefix_"), "value.txt".removesuffix(".txt"), "abc".removeprefix("x"))
