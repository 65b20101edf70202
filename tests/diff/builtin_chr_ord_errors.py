# chr and ord round trips and errors
for c in [0, 9, 10, 32, 65, 127, 128, 255, 256, 0x2603, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF]:
    s = chr(c)
    print(c, repr(s), ascii(s), ord(s), len(s))
print(chr(True), ord('\n'), [ord(x) for x in 'Az09'], ''.join([chr(x) for x in range(97, 123)]))
for call in range(8):
    try:
        if call == 0:
            chr(-1)
        elif call == 1:
            chr(0x110000)
        elif call == 2:
            chr('a')
        elif call == 3:
            ord('ab')
        elif call == 4:
            ord('')
        elif call == 5:
            ord(1)
        elif call == 6:
            chr(2**70)
        else:
            ord(['a'])
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
