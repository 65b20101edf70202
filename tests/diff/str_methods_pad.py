for w in ["a", "abc", "hello", "toolongword"]:
    print("[" + w.center(9) + "]", "[" + w.ljust(8) + "]", "[" + w.rjust(8) + "]", "[" + w.center(10, "*") + "]")
    print("[" + w.ljust(7, ".") + "]", "[" + w.rjust(7, "0") + "]")
print("42".zfill(5), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2), "3.14".zfill(8))
for i in range(1, 6):
    print(str(i * 37).rjust(6), str(i ** 5).zfill(6), ("#" * i).ljust(6, "-"))
print("a\tb\tc".expandtabs(4), "x".join(["1", "2"]).center(7, "="))
