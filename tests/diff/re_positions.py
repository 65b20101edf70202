# re: pos and endpos (^ and lookbehind see before pos, $ sees endpos as the
# end), match past endpos, and long subjects (the matcher's stack is explicit).
import re

p = re.compile(r'(?P<w>\w+)(?P<n>\d)?')
for args in [('ab1 cd', 0), ('ab1 cd', 1), ('ab1 cd', 3, 5), ('ab1 cd', -5, 100), ('ab1 cd', 4, 2), ('abc', 3)]:
    m = p.search(*args)
    print(args, m, m and (m.pos, m.endpos, m.regs, m.lastindex, m.lastgroup))
print(re.compile(r'^a').search('ba', 1), re.compile(r'\Aa').match('ba', 1), re.compile(r'(?<=b)a').match('ba', 1))
print(re.compile(r'\ba').match('ba', 1), re.compile(r'a$').search('ab', 0, 1), re.compile('').match('abc', 2, 1))
print(p.fullmatch('ab1', 0, 2), p.match('ab1', endpos=2), p.findall('a1 b2 c', 2), list(p.finditer('a1 b2 c', 0, 4)))
for pattern in ['', 'a*', '$', r'\b', '(?=x)?', '.?', 'x*?']:
    c = re.compile(pattern)
    print(repr(pattern), c.match('abc', 2, 1), c.search('abc', 2, 1), c.fullmatch('abc', 2, 1), c.findall('abc', 2, 1))

s = 'ab' * 10000   # 20 000 characters: deep backtracking on the explicit stack
print(len(re.match(r'(?:a|b)*', s).group()), len(re.match(r'(a|b)*c|(a|b)*', s).group()))
print(len(re.findall(r'\w', s)), len(re.sub('a', 'xy', s)), len(re.split('b', s)))
print(re.search(r'(ab)+$', s).span(), re.search(r'x', s))
print(len(re.match(r'.*?b$', s).group()), re.match(r'(?s)(.)*', s).group(1))
t = 'x' * 100000 + 'y'
print(re.search(r'x+y', t).span(), re.search(r'(x+x+)+z', 'x' * 16), re.fullmatch(r'(?:x|xx)+', 'x' * 5000).end())
print(re.sub('(?=b)', '^', 'abab'), re.subn('', '-', 'abc'), re.split(r'\b', 'ab cd'), re.split('(?m)^', 'a\nb\n'))
print(re.split('a', ''), re.split('', ''), re.findall('', 'ab'), re.findall('a|', 'bab'), re.split(',', 'a,b', -1))
print(re.sub('a', 'b', 'aaaa', count=-1), re.sub('(a)|b', r'[\1]', 'abc'), re.sub('(b)', lambda m: m.group(1) * 2, 'abc'))
