x = 10
name = "molt"
values = [1, "two", 3.0]
print(f"{x=}", f"{name=}", f"{values=}", f"{x * 2=}", f"{x = }")
print(f"{name!r}", f"{name!s}", f"{values!r}", f"{'q'!r}", f"{x!r}")
print(f"{name=:>8}", f"{x=:05d}", f"{3.5=}")
for item in values:
    print(f"{item!r:>8}|{item!s:<8}|")
