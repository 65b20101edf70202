# realistic dict use: counting, grouping, inverting, nested updates
text = 'the quick brown fox jumps over the lazy dog the end'
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts, max(counts, key=counts.get) if False else max(counts.values()))
by_length = {}
for word in text.split():
    by_length.setdefault(len(word), []).append(word)
print(by_length, sorted(by_length))
inverse = {}
for k, v in counts.items():
    inverse.setdefault(v, set()).add(k)
print({k: sorted(v) for k, v in inverse.items()})
letters = {}
for ch in text:
    if ch != ' ':
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=len)[:5], sorted(letters.items())[:5], len(letters))
top = sorted(letters.items(), reverse=True)
print(top[:4], sum(letters.values()), min(letters), max(letters))
nested = {'a': {'x': 1}, 'b': {}}
nested['b']['y'] = 2
nested['a'].update(z=3)
print(nested, nested['a'].keys() | nested['b'].keys(), list(nested.items())[1])
print({k: len(v) for k, v in sorted(by_length.items(), reverse=True)})
