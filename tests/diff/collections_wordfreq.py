# A word-frequency report: Counter for the counts, defaultdict(list) for an
# index of lines per word and of words per length, OrderedDict for the
# first-seen order, deque for a window of recent lines.
from collections import Counter, OrderedDict, defaultdict, deque

TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""


def words_of(line):
    cleaned = "".join(ch.lower() if ch.isalpha() else " " for ch in line)
    return cleaned.split()


counts = Counter()
where = defaultdict(list)
by_length = defaultdict(set)
first_seen = OrderedDict()
recent = deque(maxlen=2)
for number, line in enumerate(TEXT.splitlines(), 1):
    recent.append(number)
    for word in words_of(line):
        counts[word] += 1
        if number not in where[word]:
            where[word].append(number)
        by_length[len(word)].add(word)
        first_seen.setdefault(word, number)

print("distinct:", len(counts), "total:", counts.total())
for word, count in counts.most_common(6):
    print(f"{word:>12} {count:3} lines {where[word]}")
print("ties keep first-seen order:", [w for w, n in counts.most_common() if n == 2])
print("singletons:", sorted(w for w, n in counts.items() if n == 1))
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
print("first seen:", list(first_seen.items())[:6])
print("last lines:", list(recent))

pairs = Counter(zip(words_of(TEXT), words_of(TEXT)[1:]))
print(pairs.most_common(3))
letters = Counter(ch for ch in TEXT.lower() if ch.isalpha())
vowels = Counter({v: letters[v] for v in "aeiou"})
print(vowels, (letters - vowels).most_common(3), (vowels & Counter(a=5, e=100)))
first_half = Counter(words_of(" ".join(TEXT.splitlines()[:2])))
second_half = Counter(words_of(" ".join(TEXT.splitlines()[2:])))
print((first_half - second_half).most_common(), first_half <= counts, counts <= first_half)
