print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", "x" or "y", [] or [1], None or 0)
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or "end")
print(not 0, not 1, not "", not "a", not [], not None)
def loud(tag, value):
    print("eval", tag)
    return value
print(loud("a", 0) and loud("b", 1))
print(loud("c", 1) and loud("d", 2))
print(loud("e", 0) or loud("f", 3))
print(loud("g", 5) or loud("h", 6))
x = 7
print(x > 5 and "big" or "small", x > 10 and "big" or "small")
print((x > 5) == True, not x > 5, not (x > 5 and x < 6))
