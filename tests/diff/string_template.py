# string: constants, capwords and Template, as CPython 3.12.
import string
from string import Template

print(repr(string.ascii_letters), repr(string.ascii_lowercase), repr(string.ascii_uppercase))
print(repr(string.digits), repr(string.hexdigits), repr(string.octdigits))
print(repr(string.punctuation), repr(string.whitespace))
print(repr(string.printable), len(string.printable))
print(string.capwords("hello   wORLD  foo"), string.capwords("  a-b c-d  ", "-"), repr(string.capwords("")))
print(string.capwords("x,y,,z", ","), string.capwords("one\ttwo\nthree"))

t = Template("$who likes $what; ${who}s cost $$5, $ok_1x and ${x}y")
print(t.template, t.delimiter, t.idpattern, t.braceidpattern, type(t).__name__)
print(t.substitute(who="tim", what="kung pao", ok_1x=1, x=2.5))
print(t.substitute({"who": "ann", "what": [1], "ok_1x": None, "x": "X"}))
print(t.substitute({"who": "a", "what": "b", "ok_1x": "c", "x": "d"}, who="override"))
print(t.safe_substitute(who="partial"))
print(t.safe_substitute({}))
print(t.get_identifiers(), t.is_valid())
print(Template("$a $b $a ${b} $$c").get_identifiers(), Template("bad $").is_valid(), Template("$ {x}").is_valid())
print(Template("no placeholders").substitute(), Template("é $x ü").substitute(x="ß"))
print(Template("$x$y${z}").substitute(x=1, y=2, z=3), Template("$X $x").substitute(X="up", x="low"))
print(Template("price: $$ and ${").safe_substitute(), Template("$1 and ${ x }").safe_substitute())


class Lookup:
    def __getitem__(self, key):
        return key.upper()


print(Template("$abc and ${de}").substitute(Lookup()))


def attempt(function, *args, **kwargs):
    try:
        print(repr(function(*args, **kwargs)))
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)


attempt(t.substitute, who="x")
attempt(Template("$").substitute)
attempt(Template("line1\nline2 $").substitute)
attempt(Template("a\r\nbé $!x").substitute)
attempt(Template("${bad name}").substitute, name=1)
attempt(Template("ok ${x").substitute, x=1)
attempt(Template("$x").substitute, {}, y=1)
attempt(Template(5).substitute)
Template("$missing").substitute()
