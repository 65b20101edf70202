def shift_char(c, k):
    if "a" <= c <= "z":
        return chr((ord(c) - ord("a") + k) % 26 + ord("a"))
    if "A" <= c <= "Z":
        return chr((ord(c) - ord("A") + k) % 26 + ord("A"))
    return c
def caesar(text, k):
    return "".join([shift_char(c, k) for c in text])
msg = "The Quick Brown Fox Jumps Over The Lazy Dog, 123!"
for k in [0, 1, 3, 13, 25, 26, -1, 52]:
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
freq = {}
for c in caesar(msg, 7).lower():
    if c.isalpha():
        freq[c] = freq.get(c, 0) + 1
print(sorted(freq.items()))
