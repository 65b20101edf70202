# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper options, as CPython 3.12.
import textwrap
from textwrap import TextWrapper

text = ("The quick brown fox jumps over the lazy dog. Hyphenated-words like well-known and "
        "state-of-the-art break at hyphens -- em-dashes too--between words. A verylongwordthatcannotfit "
        "anywhere-at-all in a narrow column.\tTabs\tand\nnewlines   and  spaces.")
for width in (10, 15, 20, 30, 45, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 25))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 18, drop_whitespace=False))
print(textwrap.wrap(text, 30, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("a\tb\tc", 40, tabsize=4), textwrap.wrap("a\tb", 40, expand_tabs=False))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 25, max_lines=3), textwrap.wrap(text, 25, max_lines=2, placeholder="~"))
print(textwrap.wrap("Hello world. Bye now! Ok? yes", 40, fix_sentence_endings=True))
print(textwrap.wrap("Mr. Smith said \"hi.\" Then left", 40, fix_sentence_endings=True))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("  lead and trail  ", 8))
print(textwrap.wrap("x-y a--b ab--cd --flag well--", 6), textwrap.wrap("pre-- -- x", 4))
print(textwrap.wrap("supercalifragilistic-expialidocious", 10), textwrap.wrap("----abc", 3))
print(textwrap.wrap("été à la plage, naïve café-crème", 9))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", width=11))
print(textwrap.shorten("Hello world!", width=10, placeholder="..."), textwrap.shorten(text, 40))
print(textwrap.shorten("   spaced    out   text   ", 100))

w = TextWrapper(width=16, initial_indent="> ", subsequent_indent=">> ")
print(w.width, w.initial_indent, w.max_lines, w.placeholder, w.break_on_hyphens)
print(w.wrap(text))
w.width = 40
w.max_lines = 2
print(w.fill(text))
print(TextWrapper(12, "", "", True, True, False, True, True, False).wrap(text))

print(repr(textwrap.dedent("    a\n      b\n    c\n")))
print(repr(textwrap.dedent("  x\n\n   \n\t y\n")), repr(textwrap.dedent("\ta\n\tb")), repr(textwrap.dedent("no\n  indent")))
print(repr(textwrap.dedent("   only\n   \n    more\n")), repr(textwrap.dedent("")), repr(textwrap.dedent("  \t x\n  \t  y")))
print(repr(textwrap.indent("a\nb\n\nc  \n  \n", "+ ")))
print(repr(textwrap.indent("a\r\nb\n", "> ", lambda line: True)), repr(textwrap.indent("x\ny", "#", lambda l: "y" in l)))


def attempt(function, *args, **kwargs):
    try:
        print(repr(function(*args, **kwargs)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


attempt(textwrap.wrap, "abc", 0)
attempt(textwrap.wrap, "abc", -3)
attempt(textwrap.wrap, "abc abc", 3, max_lines=1, placeholder=" [.....]")
attempt(textwrap.wrap, "abc", 10, colour=1)
attempt(textwrap.shorten, "some text here", 4)
textwrap.fill("boom", 0)
