# The 4300-digit limit on int<->str conversion in decimal, with CPython's
# two message forms; power-of-two bases are not limited.
print(len(str(10**4299)), len(repr(-(10**4299))), len(str(int("9" * 4300))))
for make in [4300, 4301, 5000, 10000]:
    v = 10**make
    try:
        print(len(str(v)))
    except ValueError as e:
        print("str", e)
    try:
        print(len(f"{v:,}"))
    except ValueError as e:
        print("format", e)
    try:
        print(len("%d" % v))
    except ValueError as e:
        print("percent", e)
    print(len(hex(v)), len(bin(v)), len(oct(v)), len(format(v, "x")))
for count in [4300, 4301, 4500, 9999]:
    text = "7" * count
    try:
        print(int(text) % 1000003)
    except ValueError as e:
        print("int", e)
    try:
        print(int("-" + text, 10) % 1000003)
    except ValueError as e:
        print("int", e)
    print(int(text, 16) % 1000003, int(text, 8) % 1000003, int(text, 2 + 6) % 97)
print(int("0" * 5000 + "1", 16), int("1_" * 3000 + "1", 2) % 1000)
try:
    int("1_" * 4300 + "1")
except ValueError as e:
    print(e)
try:
    int("1" * 4301, 36)
except ValueError as e:
    print(e)
