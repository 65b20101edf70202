# int(text, base) for long texts, where parsing splits the text in halves
# (non-power-of-two bases, up to the 4300-digit limit) or packs bits directly
# (bases 2, 4, 8, 16, 32, any length); checked through hex() and remainders.
ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"
seed = 12345


def next_random():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed


def random_text(base, count):
    chars = [ALPHABET[1 + next_random() % (base - 1)]]
    for i in range(count - 1):
        chars.append(ALPHABET[next_random() % base])
    return "".join(chars)


for base in [2, 3, 4, 5, 7, 8, 10, 11, 16, 32, 36]:
    for count in [399, 400, 401, 800, 801, 1234, 2000, 4300]:
        text = random_text(base, count)
        value = int(text, base)
        h = hex(value)
        print(base, count, value.bit_length(), value % 1000000007, h[:20], h[-20:], len(h))
        print(int("-" + text[:50] + "_" + text[50:], base) % 999999937, int(text.upper(), base) == value)
for count in [5000, 20000, 100000]:
    text = random_text(16, count)
    value = int(text, 16)
    print(count, hex(value) == "0x" + text, int(text, 2 ** 5) % 1000003, value % 1000003)
    binary = random_text(2, count)
    print(count, bin(int(binary, 2)) == "0b" + binary, int("0o" + random_text(8, count), 0) % 97)
print(int("1" + "0" * 4299) == 10 ** 4299, int("9" * 4300) + 1 == 10 ** 4300, int("0" * 3000 + "7" * 1000) % 10**9)
