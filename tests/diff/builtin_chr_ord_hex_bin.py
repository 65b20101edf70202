for c in "AZaz09 ~\n":
    print(repr(c), ord(c), hex(ord(c)), bin(ord(c)))
print(chr(65), chr(97), chr(48), chr(8364), chr(233), chr(0x1F600) == "\U0001F600", ord("\u20ac"))
print("".join([chr(ord("a") + i) for i in range(26)]))
print(hex(0), hex(15), hex(-16), hex(2 ** 70), bin(0), bin(7), bin(-7), bin(2 ** 33))
print(int(hex(123456), 16), int(bin(123456), 2), int("0x1f", 16), int("0b101", 0), int("0o17", 0))
shift = 3
message = "attack at dawn"
print("".join([chr((ord(c) - 97 + shift) % 26 + 97) if c != " " else c for c in message]))
