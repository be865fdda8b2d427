# binascii: hex, base64, quoted-printable, uuencode, CRCs and the argument rules.
import binascii

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(binascii.Error.__mro__, binascii.Incomplete.__mro__, binascii.Error.__module__)

# hex
print(binascii.hexlify(b'\x00\xffabc'), binascii.b2a_hex(bytearray(b'xyz')), binascii.hexlify(memoryview(b'q')))
for sep, n in ((':', 1), (b'-', 2), ('.', -2), (' ', 3), ('_', -3), ('|', 10), (':', 0)):
    print(sep, n, binascii.hexlify(b'abcdefg', sep, n), binascii.hexlify(b'abcdefg', sep=sep, bytes_per_sep=n))
print(binascii.unhexlify(b'00ff7Fab'), binascii.a2b_hex('4142'), binascii.unhexlify(bytearray(b'')))
t(binascii.unhexlify, b'abc')
t(binascii.unhexlify, b'zz')
t(binascii.unhexlify, 'é1')
t(binascii.unhexlify, 12)
t(binascii.hexlify, 'ab')
t(binascii.hexlify, b'ab', 'xy')
t(binascii.hexlify, b'ab', b'')
t(binascii.hexlify, b'ab', 3)

# base64
for data in (b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))):
    enc = binascii.b2a_base64(data)
    assert binascii.a2b_base64(enc) == data
    print(enc, binascii.b2a_base64(data, newline=False)[-3:])
for text in (b'Zm9v', b'Zm9vYg==', b'Zm9vYg', b'Zm9vY', b'Zm 9v\nYmFy', b'Zm9v!!YmFy', b'Zg==Zg==', b'=Zm9v', b'Zm9vYg=a=',
             b'Zm9vYmFy====', b'Zm9vYg=', 'Zm9v', b'Z', b'ZZZZZ', b'Zm9vYg==\n', b'Zg=\n=', b'Zm9vYmFyZ'):
    t(binascii.a2b_base64, text)
    t(binascii.a2b_base64, text, strict_mode=True)
t(binascii.a2b_base64, 'é')
t(binascii.a2b_base64, 3)
t(binascii.b2a_base64, 'x')

# quoted-printable
samples = [b'hello world', b'a=b', b'trailing space ', b'tab\tend\t', b'line one \nline two\t\nthree', b'crlf  \r\nnext\r\n',
           b'.\nstart dot', b'.', b'x' * 100, b'y' * 75 + b'\n', b'\x00\x01\xff\x80 high', b'under_score and space',
           b'=' * 40, b'a ' * 50, b'\r', b'\r\n', b'mixed\r\nends\nhere', b'.\r\n']
for data in samples:
    for kw in ({}, {'quotetabs': True}, {'istext': False}, {'header': True}):
        enc = binascii.b2a_qp(data, **kw)
        print(kw, enc, binascii.a2b_qp(enc, header=kw.get('header', False)) == data)
for text in (b'=41=42', b'=4', b'=\nsoft', b'a=\r\nb', b'==41', b'=zz', b'_x_', b'abc=', b'=\r', 'str=3D'):
    print(text, binascii.a2b_qp(text), binascii.a2b_qp(text, header=True))
# deterministic pseudo-random round trips
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed >> 16
alphabet = b'ab =\t\n\r._\x00\xff'
for _ in range(40):
    data = bytes(alphabet[rand() % len(alphabet)] for _ in range(rand() % 120))
    enc = binascii.b2a_qp(data, quotetabs=rand() % 2, istext=rand() % 3 != 0, header=rand() % 4 == 0)
    print(enc)

# uuencode
for data in (b'', b'a', b'ab', b'abc', b'\x00\x00', bytes(range(45))):
    enc = binascii.b2a_uu(data)
    print(enc, binascii.b2a_uu(data, backtick=True), binascii.a2b_uu(enc) == data)
print(binascii.a2b_uu(b''), binascii.a2b_uu(b'\n'), binascii.a2b_uu(' '), binascii.a2b_uu(b'#86)C'), binascii.a2b_uu(b'$86)C\n'))
t(binascii.b2a_uu, bytes(46))
t(binascii.a2b_uu, b'!\x01')
t(binascii.a2b_uu, b'!!!!  x')
print(binascii.a2b_uu(b'!80  ``\r\n'))

# CRCs
for data in (b'', b'a', b'abc', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 30):
    print(binascii.crc32(data), binascii.crc32(data, 12345), binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xffff))
print(binascii.crc32(b'abc', 2 ** 40), binascii.crc32(b'abc', -1), binascii.crc_hqx(b'abc', -1), binascii.crc_hqx(b'abc', 2 ** 40))
crc = 0
for piece in (b'hello ', b'world'):
    crc = binascii.crc32(piece, crc)
print(crc == binascii.crc32(b'hello world'))
t(binascii.crc32, 'abc')
t(binascii.crc_hqx, b'abc')
