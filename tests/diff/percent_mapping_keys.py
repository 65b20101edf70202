# %(name)s with dicts: repeated keys, keys with parentheses, mixed with widths, errors.
data = {"name": "Ada", "age": 36, "pi": 3.14159, "é": "accent", "a(b)": "paren", "": "empty"}
print("%(name)s is %(age)d" % data)
print("%(name)r %(name)a %(age)05d %(pi).2f %(pi)e" % data)
print("%(name)10s|%(name)-10s|%(age)+d|%(age)x" % data)
print("%(é)s %(a(b))s %()s" % data)
print("%(name)s %(name)s %(name)s" % data)
print("%%(name)s %(name)s %%" % data)
print("%s" % data)
print("no conversions" % data)
print("%(name)s" % {"name": "é", "unused": 1})
for template in ["%(missing)s", "%(name", "%(name)", "%(name)s %s", "%(name)*d", "%(name)%",
                 "%(age)c", "%(name)d", "%(name)z"]:
    try:
        print(template % data)
    except (KeyError, ValueError, TypeError) as error:
        print(type(error).__name__, error)
for args in [(1,), "text", 5, [1], ("a", "b")]:
    try:
        print("%(key)s" % args)
    except (TypeError, KeyError) as error:
        print(type(error).__name__, error)
print("%s %(x)s" % {"x": 1})
