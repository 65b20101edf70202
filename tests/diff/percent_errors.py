# The errors of printf-style formatting, with CPython's exact messages.
CASES = [("%s %s", ("a",)), ("%s", ("a", "b")), ("abc", ("a",)), ("abc", 5), ("abc", ()), ("%", ()),
         ("%5", (1,)), ("%z", (1,)), ("%.", (1,)), ("%5%", ()), ("%5%", (1,)), ("%-%", (1,)),
         ("%.2%", (1,)), ("%é", (1,)), ("日%日", (1,)), ("%s%", ("a",)), ("%d", ()), ("%%%s", ()),
         ("%(a)s", (1,)), ("%s", ()), ("%s %s", [1, 2]), ("%d %d", (1, 2, 3)), ("%y", ()),
         ("% ", (1,)), ("%\n", (1,))]
for template, args in CASES:
    try:
        print(repr(template % args))
    except (TypeError, ValueError, KeyError) as error:
        print(repr(template), type(error).__name__, error)
print("%%" % (), "%s" % [()], "abc" % [], "abc" % {}, "abc" % {"a": 1})
