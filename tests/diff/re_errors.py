# re.error for malformed patterns and templates: CPython's messages, positions,
# lineno/colno, and the other exceptions re raises.
import re

bad = ['(abc', 'abc)', '*a', 'a**', 'a{3,2}', '[abc', '[z-a]', '\\q', '(?P<1a>x)', '(?P<a>x)(?P<a>y)',
       '(?P=nope)', '\\2(a)', '(?<=a+)b', '(?z)', '(?<x)', 'a(?i)b', '(?i', '(?-', '(?i-i:a)', 'x{99999999999}',
       '\\', 'a\\', '[\\d-z]', '(?P', '(?P<', '(?P<a', '(?P=', '(?#abc', '(?(2)a|b)', '(?(0)a)', '(?(a)b)',
       '\\x1', '\\u12', '\\400', '[\\777]', '(?(1)a|b|c)', '(a)(?(1)x|y|z)', '(?P<a>a(?P=a))', '(a\\1)', '^*', '\\b+',
       '(?<!a|bc)x', 'ab\ncd(', '(?x)a\n b)', '(?a)(?u)x', '(?au:x)', '(?L)x', 'a{1,2}{3}', '(?!)*', '[]', '[^]',
       '(?P<a-b>x)', '(?<=(a)\\1)b', '(?ims)a', '(?-x:a)', '(?i:a', '(?y)', '(?<=a|bc)', '(?P<é>x)(?P=é)', '\\g']
for pattern in bad:
    try:
        r = re.compile(pattern)
        print(repr(pattern), 'ok', r.groups)
    except re.error as e:
        print(repr(pattern), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno, repr(e.pattern))
    except (OverflowError, ValueError) as e:
        print(repr(pattern), type(e).__name__, e)

p = re.compile(r'(?P<w>\w+)(?P<n>\d)?')
for template in [r'\3', r'\g<3>', r'\g<x>', r'\g<1', r'\g', r'\q', '\\', r'\g<a b>', r'\777', r'\8', r'\g<01>',
                 r'\01\12', r'\g<>', r'\n\t\\', r'\.', r'\g<w>\g<n>']:
    try:
        print(repr(template), repr(p.sub(template, 'ab1 cd')))
    except (re.error, IndexError) as e:
        print(repr(template), type(e).__name__, e)

m = p.match('x9')
for bad_call in [lambda: m.group(3), lambda: m.group('z'), lambda: m['q'], lambda: m.start(-1), lambda: m.group(1.5),
                 lambda: re.match(1, 'a'), lambda: re.match('a', 1), lambda: re.match('a', b'a'),
                 lambda: re.compile(p, re.I), lambda: re.compile('a', re.A | re.U), lambda: re.compile('a', re.L),
                 lambda: p.match('a', 'x'), lambda: re.sub('a', lambda m: 5, 'xa'), lambda: re.sub('a', 5, 'a')]:
    try:
        print(bad_call())
    except Exception as e:
        print(type(e).__name__, e)

print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
try:
    re.compile('a\n(b')
except re.error as e:
    print(e, e.lineno, e.colno, repr(e.pattern))
re.compile('(?P<name>[a-z]+')
