s = "mississippi"
print(s.find("ss"), s.find("ss", 3), s.find("x"), s.rfind("ss"), s.rfind("i"), s.find(""), s.find("i", 5, 8))
print(s.index("p"), s.rindex("s"), s.count("s"), s.count("ss"), s.count("i"), s.count(""), s.count("x"))
print(s.count("s", 4), s.count("s", 0, 4))
pos = s.find("s")
while pos != -1:
    print("s at", pos)
    pos = s.find("s", pos + 1)
print("banana".count("ana"), "banana".find("na"), "banana".rfind("na"))
