# Oracle for tests/unit/runtime_str.c: the same operations, in the same order,
# run by CPython 3.12. Regenerate the expected output with
#   PYTHONHASHSEED=0 PYENV_VERSION=3.12.1 python3.12 tests/unit/runtime_str.py > tests/unit/runtime_str.expected
counter = 0


def show(function):
    global counter
    counter += 1
    try:
        result = function()
    except Exception as error:
        print(f"{counter}: {type(error).__name__}: {error}")
    else:
        print(f"{counter}: {result!r}")


def method(self, name, *args, **kwargs):
    show(lambda: getattr(self, name)(*args, **kwargs))


LONG = "αβγδε" * 30 + "z"

# repr and str
for text in ["abc", "", "it's", 'say "hi"', "both ' and \"", "\n\t\r\\", "\x00\x1f\x7f",
             "é\x85\xa0\xad", "\u2028日本", "\U0001F600\U000E0001", "\u0378"]:
    show(lambda: repr(text))
    show(lambda: str(text))
# hash (PYTHONHASHSEED=0)
for text in ["", "a", "abc", "hello world, this is long", "é", "日本語", "\U0001F600x", LONG]:
    show(lambda: hash(text))
# len, indexing, slicing
for text in ["hello", "héllo wörld", LONG]:
    show(lambda: len(text))
    show(lambda: text[0])
    show(lambda: text[-1])
    show(lambda: text[3])
    show(lambda: text[1:4])
    show(lambda: text[::2])
    show(lambda: text[::-1])
    show(lambda: text[-3:])
    show(lambda: text[100:])
    show(lambda: text[5:1:-2])
show(lambda: LONG[130])
show(lambda: LONG[64])
show(lambda: LONG[149:151])
show(lambda: "abc"[3])
show(lambda: "abc"[-4])
key = "x"
show(lambda: "abc"[key])
show(lambda: "abc"[::0])
# operators
show(lambda: "ab" + "cd")
show(lambda: "ab" + "é")
show(lambda: "ab" + 1)
show(lambda: "ab" * 3)
show(lambda: 3 * "é")
show(lambda: "ab" * -1)
show(lambda: "ab" * 0)
show(lambda: "ab" * True)
show(lambda: "ab" * "x")
show(lambda: "ab" * 2.0)
show(lambda: "abc" < "abd")
show(lambda: "abc" < "ab")
show(lambda: "é" > "z")
show(lambda: "\U0001F600" > "\uffff")
show(lambda: "abc" == "abc")
show(lambda: "abc" != "abc")
show(lambda: "ab" >= "ab")
show(lambda: "b" in "abc")
show(lambda: "bd" in "abc")
show(lambda: "" in "abc")
show(lambda: "日" in "日本")
show(lambda: 1 in "abc")
show(lambda: list("héllo"))
show(lambda: bool(""))
show(lambda: bool("x"))
show(lambda: str())
show(lambda: str(42))
show(lambda: str("x"))
show(lambda: str(object="y"))
# += in a loop
def grow():
    s = "x"
    for i in range(1000):
        s += "ab"
        s += "é"
    return (len(s), s[:8], s[-4:], hash(s))
show(grow)
# case mapping
for text in ["Hello World", "ß", "ﬁre", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "ΑΣ.Σ", "Σ", "aΣ b", "ǆemal", "İstanbul",
             "straße", "hello world's x1y", "ŉ", "ΰ", "ᾳ", "ǅ"]:
    for name in ["upper", "lower", "casefold", "swapcase", "title", "capitalize"]:
        method(text, name)
# predicates
for text in ["", "abc", "ABC", "Abc Def", "abc1", "123", "½", "²", "١٢", " \t\n", "\x1c", "a b",
             "_id", "1id", "ident_1", "ñandú", "Ab", "ǅa", "\x00", "é", "ǅ", "Σσ"]:
    for name in ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
                 "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]:
        method(text, name)
# searching
for args in [("l",), ("l", 3), ("l", -2), ("l", 3, 4), ("", 5), ("", 6), ("x",), ("lo", None, 5),
             ("o", -100, 100)]:
    for name in ["find", "rfind", "index", "rindex", "count"]:
        method("hello", name, *args)
method("héllo wörld", "find", "ö")
method("héllo wörld", "rfind", "l")
method("héllo wörld", "count", "l")
method(LONG, "find", "z")
method(LONG, "rfind", "α", 10, 140)
method("aaaa", "count", "aa")
method("abc", "count", "")
method("abc", "count", "", 2)
method("hello", "find")
method("hello", "find", 1)
method("hello", "find", "l", "x")
method("hello", "find", "l", 1, 2, 3)
for args in [("he",), ("lo",), (("x", "he"),), ("el", 1), ("el", 1, 2), ("", 5), ("", 6),
             (1,), (("a", 1),)]:
    method("hello", "startswith", *args)
    method("hello", "endswith", *args)
# stripping and affixes
for name in ["strip", "lstrip", "rstrip"]:
    method("  \t hi there \n ", name)
    method("xxhixyx", name, "xy")
    method("\u3000é\u3000", name)
    method("abc", name, None)
    method("abc", name, 1)
method("hello", "removeprefix", "he")
method("hello", "removeprefix", "lo")
method("hello", "removesuffix", "lo")
method("hello", "removesuffix", "")
method("hello", "removesuffix", 1)
# splitting
for text in ["a b  c", "  a\tb\nc  ", "", "   ", "a,b,,c", "é ü\u3000ö", "abc"]:
    method(text, "split")
    method(text, "rsplit")
    method(text, "split", None, 1)
    method(text, "rsplit", None, 1)
    method(text, "split", ",")
    method(text, "rsplit", ",", 1)
method("a::b::c", "split", "::")
method("a::b::c", "rsplit", "::", 1)
method("abc", "split", "")
method("abc", "split", 1)
method("a b c", "split", maxsplit=1)
method("a b c", "rsplit", sep=" ", maxsplit=1)
method("a b c", "split", foo=1)
for text in ["a\nb\r\nc\rd", "a\n\nb\n", "x\x0by\x0cz\x1cw\x85v\u2028u\u2029t", "", "\n", "no breaks"]:
    method(text, "splitlines")
    method(text, "splitlines", True)
method("a\nb", "splitlines", keepends=True)
for text in ["a=b=c", "abc", "=", "é=ü"]:
    method(text, "partition", "=")
    method(text, "rpartition", "=")
method("abc", "partition", "")
method("abc", "partition", 1)
# building
method(",", "join", ["a", "b", "c"])
method(", ", "join", ("x",))
method("", "join", [])
method("-", "join", "abc")
method("é", "join", ["a", "日"])
method("-", "join", ["a", 1])
method("-", "join", 5)
method("-", "join", {"k": 1, "j": 2})
for args in [("l", "L"), ("l", "L", 1), ("", "-"), ("", "-", 2), ("x", "y"), ("ll", ""), ("l", "ééé"),
             ("l", "L", -1), (1, "x"), ("l",)]:
    method("hello", "replace", *args)
method("héllo", "replace", "é", "e")
method("日本日本", "replace", "本", "x")
for name in ["center", "ljust", "rjust"]:
    for args in [(10,), (10, "*"), (2,), (6, "é"), (7, "-"), (-1,), ("x",), (5, "ab"), (5, 1)]:
        method("abc", name, *args)
    method("abcd", name, 7, "-")
for text in ["42", "-42", "+42", "", "é", "abcdef"]:
    method(text, "zfill", 6)
method("a\tbc\td\n\tx", "expandtabs")
method("a\tbc\td", "expandtabs", 4)
method("a\tb", "expandtabs", 0)
method("a\tb", "expandtabs", tabsize=2)
table = str.maketrans("abc", "xyz", "d")
show(lambda: table)
method("abcdabcd", "translate", table)
method("hello", "translate", {ord("l"): "LL", ord("o"): None, ord("h"): 74})
method("hello", "translate", {ord("l"): 1.5})
method("hello", "translate", [])
show(lambda: str.maketrans({"a": "b", 99: None}))
show(lambda: str.maketrans("ab", "c"))
show(lambda: str.maketrans(1))
method("abc", "encode", "klingon")
# errors with CPython's argument messages
method("abc", "upper", 1)
method("abc", "lower", x=1)
method("abc", "center")
method("abc", "center", 1, 2, 3)
method("abc", "center", 5, fillchar="x")
method("abc", "count")
method("abc", "join")
method("abc", "strip", "a", "b")
method("abc", "split", 1, 2, 3)
method("abc", "zfill", "x")
# format(str, spec)
for spec in ["", "10", "<10", ">10", "^10", "*^9", ".2", "10.2", "s", "05", ">05", "d", "+",
             "=10", "#", ",", "é^7"]:
    show(lambda: format("abc", spec))
show(lambda: format("日本", "^6"))
# str.format
show(lambda: "{} {}".format(1, "a"))
show(lambda: "{1} {0} {1}".format("x", "y"))
show(lambda: "{a}-{b!r}".format(a=1, b="q"))
show(lambda: "{{}} {{x}} {}".format(5))
show(lambda: "{:>8}|{:<6}|{:^7}".format("r", "l", "c"))
show(lambda: "{:{}}|".format("x", 5))
show(lambda: "{0:{1}.{2}f}".format(3.14159, 8, 2))
show(lambda: "{0[1]} {0[0]}".format(["a", "b"]))
show(lambda: "{d[k]}".format(d={"k": "v"}))
show(lambda: "{!s} {!r} {!a}".format("é", "é", "é"))
show(lambda: "{:d} {:x} {:.3f} {:e}".format(42, 255, 2.5, 12345.678))
show(lambda: "é{}ü".format("日"))
show(lambda: "{".format())
show(lambda: "}".format())
show(lambda: "{0".format(1))
show(lambda: "{0}{}".format(1, 2))
show(lambda: "{}{0}".format(1, 2))
show(lambda: "{x}".format())
show(lambda: "{2}".format())
show(lambda: "{!z}".format(1))
show(lambda: "{!r:}".format("a"))
show(lambda: "{!rx}".format("a"))
show(lambda: "{:q}".format("a"))
# % formatting
show(lambda: "%d %s %r %5.2f %x %o %e %g %c %%" % (42, "s", "r", 3.14159, 255, 8, 12345.678, 0.0001, 65))
show(lambda: "%s" % "single")
show(lambda: "%s" % (1,))
show(lambda: "%(a)s and %(b)05d" % {"a": "x", "b": 42})
show(lambda: "%-6s|%6s|" % ("ab", "cd"))
show(lambda: "%+d % d %05d %-5d| %+05d" % (5, 5, -5, 5, 5))
show(lambda: "%#x %#X %#o %x" % (255, 255, 8, -255))
show(lambda: "%.3d %.3x %+.3x %#08x %#5x" % (-5, 5, 5, 255, -255))
show(lambda: "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
show(lambda: "%*d" % (-5, 1))
show(lambda: "%10.3e|%-10.2g|%G|%#g" % (1234.5, 0.00001234, 1e-10, 1.5))
show(lambda: "%f %F %i %u" % (1.5, float("inf"), 3.9, 7))
show(lambda: "%05f" % float("inf"))
show(lambda: "%d %x" % (10**30, -10**20))
show(lambda: "%d %d" % (True, False))
show(lambda: "%.2s|%5.1s|" % ("abc", "xyz"))
show(lambda: "%c%c%5c" % ("é", 0x65E5, "x"))
show(lambda: "%r %a" % ("é", "é"))
show(lambda: "%s" % {"k": 1})
show(lambda: "%s" % [1, 2])
show(lambda: "" % [1])
show(lambda: "%ld" % 5)
show(lambda: "%s %s" % (1,))
show(lambda: "%s" % (1, 2))
show(lambda: "" % 5)
show(lambda: "%d" % "x")
show(lambda: "%x" % 1.5)
show(lambda: "%f" % "x")
show(lambda: "%c" % "ab")
show(lambda: "%c" % -1)
show(lambda: "%z" % 1)
show(lambda: "é%ü" % 1)
show(lambda: "%" % 1)
show(lambda: "%(a" % {"a": 1})
show(lambda: "%(a)s" % 1)
show(lambda: "%*d" % ("x", 1))
show(lambda: "%(k)s" % {})
# f-string style joins
show(lambda: "".join(["a", "é", "", "日本", "\U0001F600"]))
# special methods called by name, iterator types
method("a", "__add__")
method("a", "__len__", 1)
method("a", "__add__", x=1)
method("a", "__add__", 1)
method("a", "__add__", "b")
method("a", "__mul__", "x")
method("ab", "__mul__", 2)
method("a", "__rmul__", 3)
method("%s!", "__mod__", 1)
method("a", "__eq__", "a")
method("a", "__lt__", "b")
method("a", "__ge__", "b")
method("abc", "__contains__", "c")
method("a", "__contains__", 1)
method("héllo", "__getitem__", 1)
method("abc", "__hash__")
method("héllo", "__len__")
method("x", "__str__")
method("x'", "__repr__")
show(lambda: type(iter("a")).__name__)
show(lambda: type(iter("é")).__name__)
show(lambda: list(iter("日本")))
# decoding untrusted UTF-8 (molt_str_from_utf8_checked)
for data in [b"\xff", b"a\xe2\x82", b"\xe2\x28\xa1", b"\xed\xa0\x80", b"\xc0\x80", b"\xf4\x90\x80\x80",
             b"ok\xc3\xa9", b"\xf0\x9f\x98", b"\xf0\x9f\x98\x80"]:
    show(lambda: data.decode())
