# re on non-ASCII text: Unicode \w \d \s \b by default, re.ASCII, and
# IGNORECASE with sre's simple case mappings and extra equivalences.
import re

cases = [
    (r'(?i)ǅ', 'ǆ ǅ Ǆ'), (r'(?i)[ǅ]', 'ǆǅǄ'), (r'(?i)\u0130', 'iİı'), (r'(?i)K', 'kK\u212a'), (r'(?i)[k-k]', 'kK\u212a'),
    (r'(?i)µ', 'µμΜ'), (r'(?i)σ', 'ΣσςX'), (r'(?i)[α-ω]+', 'ΑΒΓαβγ'), (r'\w+', 'héllo wörld ٣٤ _x'),
    (r'\d+', '12 ٣٤ ²'), (r'(?a)\w+', 'héllo'), (r'\s+', 'a\u2003b\x1cc\x85d'), (r'(?a)\s+', 'a\u2003b\x1cc d'),
    (r'(?i)[^a-z]+', 'ABC123def'), (r'\W+', 'ab, cd!'), (r'(?i)ß', 'ßẞSS'), (r'(?i)ſ', 'sSſ'), (r'(?i)s', 'sSſ'),
    (r'\bé', 'é aé'), (r'(?a)\bé', 'é aé'), (r'[😀-😂]', 'x😁y'), (r'(?i)𐐀', '𐐨𐐀'), (r'(?i)[𐐀-𐐏]', '𐐨'),
    (r'(?i)Ǆ', 'ǅ'), (r'(?i)[ｆ-ｚ]', 'ＧＺ'), (r'(?i)straße', 'STRASSE Straße'), (r'(?ai)k', 'K\u212a'),
    (r'(?i)[^k]', 'K\u212ax'), (r'(?i)ω+', 'ΩωΩ'), (r'(?i)[ΐ]', '\u1fd3'), (r'.', '日本'), (r'(.)\1', 'ああいい'),
]
for pattern, text in cases:
    r = re.compile(pattern)
    print(repr(pattern), [m.span() for m in r.finditer(text)], r.findall(text), r.sub('_', text))
print(re.sub(r'(?i)é', 'E', 'éÉe'), re.split(r'\W+', 'naïve café, smörgåsbord!'))
print(re.search(r'(?<=ä)ö', 'aöäö'), re.findall(r'\w+', 'Ünïcödé wörds'), re.fullmatch(r'\S+', 'ümlaut'))
