# A small program on bytes: run-length encoding, a checksum, a hexdump and a byte histogram.
def rle_encode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        run = 1
        while i + run < len(data) and data[i + run] == data[i] and run < 255:
            run += 1
        out.append(run)
        out.append(data[i])
        i += run
    return bytes(out)


def rle_decode(data):
    out = bytearray()
    for i in range(0, len(data), 2):
        out += bytes([data[i + 1]]) * data[i]
    return bytes(out)


def adler32(data):
    a = 1
    b = 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def hexdump(data, width=8):
    for offset in range(0, len(data), width):
        chunk = data[offset:offset + width]
        text = bytes([c if 32 <= c < 127 else 46 for c in chunk])
        print(f"{offset:04x}  {chunk.hex(' '):<{width * 3}} |{text.decode('ascii')}|")


message = b"aaaabbbcccd\x00\x00\x00\x00\x00 hello, world! " * 2
encoded = rle_encode(message)
print(encoded[:20], len(message), len(encoded))
print(rle_decode(encoded) == message)
print(adler32(b"Wikipedia"), hex(adler32(message)))
hexdump(message)
counts = {}
for byte in message:
    counts[byte] = counts.get(byte, 0) + 1
print(sorted(counts.items())[:6])
words = message.split()
print(words, b" ".join(sorted(set(words))))
print("naïve café".encode().decode("ascii", "replace"), "naïve".encode("ascii", "xmlcharrefreplace"))
