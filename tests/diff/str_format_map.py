# str.format_map: names come from the mapping (any subscriptable), positional fields are errors.
data = {"name": "Ada", "year": 1815, "langs": ["en", "fr"], "nested": {"k": "v"}, "é": "accent"}
print("{name} was born in {year}".format_map(data))
print("{name!r:>8}|{year:06d}|{langs[1]}|{nested[k]}|{é}".format_map(data))
print("{year:{fmt}}".format_map({"year": 42, "fmt": ">6"}))
print("{{literal}} {name}".format_map(data))
print("no fields".format_map({}))
print("{0}".format_map(["zero"]) if False else "skip")
print("{a}{a}{a}".format_map({"a": "é"}))
print("{x.real}".format_map({"x": 5}))

for template in ["{missing}", "{0}", "{}", "{name", "name}", "{name:{bad}}", "{langs[5]}", "{nested[x]}",
                 "{name.upper.x}"]:
    try:
        print(template.format_map(data))
    except (KeyError, ValueError, IndexError, AttributeError) as error:
        print(type(error).__name__, error)
for bad in [1, None]:
    try:
        print("{a}".format_map(bad))
    except TypeError as error:
        print("TypeError", error)
try:
    print("{0}".format_map(["zero"]))
except ValueError as error:
    print("ValueError", error)
try:
    "{a}".format_map()
except TypeError as error:
    print("TypeError", error)
try:
    "{a}".format_map({}, {})
except TypeError as error:
    print("TypeError", error)
