words = ["alpha", "beta", "gamma"]
print(", ".join(words), "".join(words), "-".join(["x"]), "+".join([]), " ".join("abc"))
print("/".join([str(i) for i in range(10)]))
s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("the", "a"), s.replace("at", "", 2), s.replace("zz", "y"))
print("aaaa".replace("a", "bb"), "aaaa".replace("aa", "b"), "abc".replace("", "-"))
print(s.replace(" ", ""), s.replace("t", "T", 1))
text = "a,b;c d"
text = text.replace(",", " ").replace(";", " ")
print(text, text.split())
print("\n".join(["first", "second", "third"]))
