# re: match/search/fullmatch, groups, findall/finditer, sub/subn, split, escape,
# Match and Pattern objects and their reprs.
import re

m = re.match(r'(a+)(b*)', 'aaabbc')
print(m)
print(m.group(0), m.group(1), m.groups(), m.span(2), m.start(), m.end(1))
print(re.search(r'\d+', 'abc 123 def'), re.match(r'\d+', 'abc 123'))
print(re.fullmatch(r'a|ab', 'ab'), re.fullmatch(r'a', 'ab'))
print(re.findall(r'\w+', 'hello world, foo_bar 42'))
print(re.findall(r'(\w)(\d)?', 'a1 b c3'), re.findall(r'(\d)', 'a1b2'))
print([m.span() for m in re.finditer(r'', 'ab')])
print([m.group() for m in re.finditer(r'\d+', 'a12b345c6')])

d = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)').search('on 2024-05-01')
print(d.groupdict(), d['year'], d.group('month', 1), d.lastindex, d.lastgroup)

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'))
print(re.sub(r'x*', '-', 'abxd'), re.subn('a', 'o', 'banana'), re.sub('a', 'o', 'banana', 2))
print(re.subn('a', lambda m: m.group().upper(), 'banana'))
print(re.sub(r'(?P<n>\d+)', r'<\g<n>|\g<1>|\g<0>>', 'a1b22'))
print(re.split(r'(,)\s*', 'a, b,c'), re.split(r'\s+', ' a b  c ', maxsplit=2))
print(re.split(r'x*', 'axbc'), re.split('', 'abc'), re.split('(x)|(y)', 'axbyc'))
print(re.escape('a.b*c d'), re.escape('\t-é#&~'), re.escape('(1+2)^3=$9?'))

p = re.compile(r'(?P<w>\w+)(?P<n>\d)?')
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile('a', re.I | re.M), re.compile('a', re.X | re.S | re.A), re.compile("it's"))
print(re.compile('x' * 250))
print(re.compile('a') is re.compile('a'), re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I))
print(re.compile(p) is p, isinstance(p, re.Pattern), isinstance(d, re.Match))

m = p.match('x9')
print(m.group(), m.group(0, 1, 'n'), m[1], m['w'], m.span('n'), m.expand(r'[\2\1\g<w>\n]'))
print(m.string, m.re is p, m.pos, m.endpos, m.regs, bool(m))
m = re.match(r'(?P<a>x)(?P<b>y)?', 'x')
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict('-'), m.start(2), m.span('b'), m.group(2))
print(re.match(r'((a)|b)+', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex, re.match(r'a', 'a').lastindex)
