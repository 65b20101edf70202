# re: the pattern syntax, each construct run through finditer, findall, split,
# sub, match and fullmatch (alternation order, greedy/lazy/possessive repeats,
# atomic groups, lookaround, backreferences, conditionals, anchors, flags).
import re

cases = [
    (r'a|b|c', 'xcba'), (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'(a*)*', 'aaa'), (r'(a*)+', 'b'),
    (r'(a|b)*?c', 'abac'), (r'((a)|b)+', 'ab'), (r'(a)|(b)', 'b'), (r'(?:a|(b))+', 'ab'),
    (r'(a|)*', 'b'), (r'(?:(a)|b)*', 'ab'),
    (r'(x)?(?(1)y|z)', 'xy z'), (r'(a)(?(1)b|c)', 'ab'), (r'(?P<q>a)?(?(q)b)c', 'abc c'),
    (r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" and \'yo\''), (r'(\d+)-\1', '12-12 3-4'), (r'(?i)(\w)\1', 'aA bb'),
    (r'(?=(\w+))', 'ab'), (r'(?<=\$)\d+', 'cost $45 and $6'), (r'(?<!\w)\d+', 'a1 22 b3'),
    (r'\d+(?=%)', '50% 20 30%'), (r'\d+(?!%)', '50% 20'), (r'(?<=ab|cd)x', 'abx cdx aax'),
    (r'(a+)+b', 'aaaaaaaaaaaaaaaaaaaab'), (r'x*', ''), (r'', ''), (r'^', 'a\nb'), (r'(?m)^', 'a\nb\n'),
    (r'(?m)$', 'a\nb\n'), (r'$', 'a\nb\n'), (r'.\Z', 'ab\n'), (r'.$', 'ab\n'), (r'(?m).$', 'ab\ncd\n'),
    (r'\A\w', 'ab\ncd'), (r'(?s).+', 'a\nb'), (r'.+', 'a\nb'),
    (r'a{0}', 'aaa'), (r'x{2,3}', 'xxxxx'), (r'x{2,3}?', 'xxxxx'), (r'x{,2}', 'xxx'), (r'(?:ab){2,}', 'abababx'),
    (r'(?:ab){2,}?', 'abababx'), (r'(ab)*+c', 'ababc'), (r'(?>ab|a)c', 'ac abc'), (r'a++b', 'aab'), (r'a*+a', 'aaa'),
    (r'[a-c]{2}+c', 'abc'), (r'(?>a*)a', 'aaa'), (r'a*?b', 'aab'), (r'(?:a|b)??b', 'ab'),
    (r'(?i:a)b', 'Ab AB'), (r'(?i)a(?-i:b)', 'AB Ab'), (r'(?x) a  b # comment', 'ab'), (r'(?x) [a b] \# ', 'b#'),
    (r'(?x)a#x\nb', 'ab'), (r'(?ms)^a.', 'a\nb\na\n'),
    (r'a.c', 'a\nc abc'), (r'[.]', 'a.b'), (r'[]a]+', ']a]'), (r'[^]a]+', 'bc]'), (r'[a\]]+', 'a]'),
    (r'[\-]', 'a-'), (r'[a-]', '-'), (r'[^a-c]+', 'abcdefabc'), (r'[\w-]+', 'a-b c'), (r'[\s\d]+', 'a 1 2b'),
    (r'\x41\u0042\U00000043\101\0', 'ABCA\x00'), (r'[\x41-\x43]+', 'ABCD'), (r'\t\n', '\t\n'), (r'\.\*\+', '.*+'),
    (r'a{,}', 'aa'), (r'a{', 'a{'), (r'a{1', 'a{1'), (r'a{1,x}', 'a{1,x}'), (r'{', '{'), (r'x{}', 'x{}'),
    (r'\bfoo\b', 'foo foobar afoo foo'), (r'\Boo\B', 'foo book'), (r'\B', 'ab'), (r'\B', ''), (r'\b', ''),
]
for pattern, text in cases:
    r = re.compile(pattern)
    print(repr(pattern), [(m.span(), m.groups()) for m in r.finditer(text)], r.findall(text), r.split(text)[:6])
    print('   ', repr(r.sub('<\\g<0>>', text)), r.subn('#', text)[1], r.match(text), r.fullmatch(text))
