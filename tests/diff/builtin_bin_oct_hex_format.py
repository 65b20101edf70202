# bin/oct/hex, format() and ascii()/repr() of many values
for v in [0, 1, -1, 10, -10, 255, 2**31, -(2**63), 2**70, True, False]:
    print(v, bin(v), oct(v), hex(v))
for call in range(4):
    try:
        if call == 0:
            hex(1.5)
        elif call == 1:
            bin('1')
        elif call == 2:
            oct(None)
        else:
            hex([])
    except TypeError as e:
        print(e)
print(format(3.14159, '.2f'), format(42, '05d'), format('x', '>3'), format(255, 'x'), format(1234567, ','), format(True), format(None), format(0.5, '%'))
print(format(255, '#x'), format(255, '#o'), format(255, '#b'), format(-42, '+d'), format(42, '^9'), format('ab', '*<5'), format(1e100, 'e'), format(12345.678, ',.1f'))
print(format([1, 2]), format((1,)), format({1: 2}), format(1.0), format(10**20), format(-0.0), format('s'))
try:
    format(1, 'q')
except ValueError as e:
    print(e)
try:
    format([], 'x')
except TypeError as e:
    print(e)
try:
    format('a', 'd')
except ValueError as e:
    print(e)
print(ascii('h\u00e9llo'), ascii([1, '\u00fc']), repr('a\nb'), repr("it's"), ascii('\u2603'), ascii(1.5), ascii({'\u00e9': '\U0001f600'}))
print(repr('\x00\x7f\x80'), ascii('\x00\x7f\x80\xff'), repr(''), repr("'\""), ascii(('\u0101',)))
