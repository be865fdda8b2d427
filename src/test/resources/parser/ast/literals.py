0
1
123456789
9223372036854775807
9223372036854775808
123456789012345678901234567890
0x1F
0o17
0b1010
0XFF_FF
1_000_000
1.5
1.
.5
1e10
1E-5
1.5e+300
1e400
3j
1.5J
1e3j
0.0
00
0_0
'single'
"double"
'''triple'''
"""triple
double"""
'a' 'b'
'a' "b" '''c'''
u'unicode'
u'a' 'b'
'a' u'b'
b'bytes'
b'a' b'b'
B"X" rb'\d'
r'\d\n'
R"raw\""
'\n\t\\\'\"\a\b\f\v\r'
'\x41\101\u0041\U00000041'
'\N{LATIN SMALL LETTER A}'
'\0'
'line\
continued'
b'\x00\xff\n'
'é'
'日本'
x = 'é' + b
'\q'
