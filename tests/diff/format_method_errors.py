# str.format syntax errors and argument errors, with CPython's messages.
TEMPLATES = ["}", "{", "a}b", "a{b", "{0", "{0!r", "{:", "{!}", "{0!}", "{!x}", "{!é}", "{! }",
             "{!rr}", "{0!r:", "{0:{1:{2}}}", "{:{:{}}}", "{} {0}", "{0} {}", "{1}", "{}{}{}",
             "{x}", "{0:{x}}", "{:d}", "{:s}", "{:z}", "{:=5}", "{:+}", "{:#}", "{:,}", "{:_}",
             "{:<<}", "{:.}", "{:.x}", "{:10.5.3}", "{0:{1}}", "{:99999999999999999999}",
             "{:.99999999999999999999}", "{}}", "{{}"]
for template in TEMPLATES:
    try:
        print(repr(template), repr(template.format("text", 5)))
    except (ValueError, IndexError, KeyError) as error:
        print(repr(template), type(error).__name__, error)
try:
    print("{}".format())
except IndexError as error:
    print("IndexError", error)
try:
    print("{0:{1}}".format(1, 2.5))
except ValueError as error:
    print("ValueError", error)
