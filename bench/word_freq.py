# Word frequency over generated text: a linear congruential generator (constants of
# Numerical Recipes) picks syllables to make words and words to make sentences; the
# text is split, normalised and counted in dicts, and the most common words and
# bigrams printed. Measures str building, split/lower/strip, dict get/set, sorted.
SENTENCES = 90000
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "xe", "zu", "bra", "che", "dri", "fl", "gno"]
PUNCTUATION = [".", ",", "!", "?", ";", ""]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 8) % bound


def make_vocabulary(lcg, size):
    words = []
    for _ in range(size):
        parts = []
        for _ in range(1 + lcg.next(3)):
            parts.append(SYLLABLES[lcg.next(len(SYLLABLES))])
        words.append("".join(parts))
    return words


def make_text(lcg, vocabulary, sentences):
    lines = []
    for _ in range(sentences):
        length = 4 + lcg.next(9)
        words = []
        for position in range(length):
            # Low indices are picked more often, so the counts are skewed as in real text.
            index = lcg.next(len(vocabulary))
            index = index * index // len(vocabulary)
            word = vocabulary[index]
            if position == 0:
                word = word.capitalize()
            words.append(word + PUNCTUATION[lcg.next(len(PUNCTUATION))] if lcg.next(5) == 0 else word)
        lines.append(" ".join(words) + ".")
    return "\n".join(lines)


def count_words(text):
    counts = {}
    bigrams = {}
    previous = ""
    for line in text.splitlines():
        for raw in line.split():
            word = raw.strip(".,!?;").lower()
            if not word:
                continue
            counts[word] = counts.get(word, 0) + 1
            if previous:
                pair = previous + " " + word
                bigrams[pair] = bigrams.get(pair, 0) + 1
            previous = word
    return counts, bigrams


lcg = Lcg(20261207)
vocabulary = make_vocabulary(lcg, 2000)
text = make_text(lcg, vocabulary, SENTENCES)
counts, bigrams = count_words(text)
print("characters", len(text), "distinct words", len(counts), "distinct bigrams", len(bigrams))
for word, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:10]:
    print(f"{word:>12} {count}")
for pair, count in sorted(bigrams.items(), key=lambda item: (-item[1], item[0]))[:5]:
    print(f"{pair:>20} {count}")
checksum = 0
for word in sorted(counts):
    checksum = (checksum * 131 + counts[word] * len(word)) % 1000000007
print("checksum", checksum, "total", sum(counts.values()))
