# Numbers, strings, bytes and their escapes; implicit concatenation.
0
1
123
1_000_000
0x1f
0XFF
0x_ff_ff
0o17
0O7_7
0b1010
0B1_0
00
0_0
9223372036854775807
9223372036854775808
18446744073709551616
123456789012345678901234567890
0xffffffffffffffffffffffffffffffff
0b11111111111111111111111111111111111111111111111111111111111111111111
0o7777777777777777777777777777777
1.0
1.
.5
1e10
1E-10
1.5e+3
1_0.0_1e1_0
3.14159265358979
0.1
1e16
1e15
123456789012345678.0
1e-5
0.0001
1e300
1e999
2.5e-300
1j
1J
2.5j
1e3j
0j
1e999j
'single'
"double"
'''triple single'''
"""triple double"""
'it\'s'
"it's"
'say "hi"'
'both \' and "'
'\n\t\r\\\a\b\f\v'
'\0\01\012\101'
'\x41\x7f\x80\xff'
'\u00e9\u4e2d\U0001F600'
'é中😀'
'\ud800'
'line\
continued'
'''multi
line
string'''
"""with "quotes" inside"""
r'raw \n string'
R'raw \d+'
r'\''
rb'raw bytes \n'
Rb'x' BR'y' bR'z'
u'unicode'
U'UNICODE'
b'bytes'
B'BYTES'
b'\x00\x01\xff'
b'\n\t\\'
b"'"
b'"'
b''
''
""
'a' 'b'
'a' "b" '''c'''
('implicit '
 'concatenation '
 'across lines')
b'a' b'b'
'unknown \q escape'
'\177'
'\x00'
'tab\there'
'\u0000'
'\xa0\xad\u200b'
'\U0010ffff'
x = 'string with # hash'
y = "backslash at end \\"
