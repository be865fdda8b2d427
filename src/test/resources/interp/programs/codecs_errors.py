# str.encode / bytes.decode: every codec with every error handler, error attributes and messages.
# Recorded with CPython 3.13.
def show(label, f):
    try:
        r = f()
    except UnicodeError as e:
        r = '%s: %s | %r %r %r %r' % (type(e).__name__, e, e.encoding, e.start, e.end, e.reason)
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    else:
        r = ascii(r)
    print(label, r)

codecs = ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'latin-1', 'ascii', 'cp1252']
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']
texts = ['', 'plain', 'caf\xe9', '\u20ac10', 'snow\u2603man', '\U0001f600!', 'a\ud800b', '\udc80\udcff', 'x\udc41y',
         '\x80\x81\x9f', '\u0100\u0101']
for enc in codecs:
    for t in texts:
        for h in handlers:
            show('encode %s %s %s' % (enc, ascii(t), h), lambda: t.encode(enc, h))
datas = [b'', b'plain', b'caf\xc3\xa9', b'caf\xe9', b'\xff\xfe', b'\xe2\x82', b'\xe2\x82\xac', b'\xe2\x82A', b'\xed\xa0\x80',
         b'\xf0\x9f\x98\x80', b'\xf4\x90\x80\x80', b'\xc0\x80', b'\x80abc', b'a\x00b\x00', b'\x00\xd8\x00\xdc', b'\x00\xdc',
         b'\x00\xd8a\x00', b'\xff\xfea\x00', b'\xfe\xff\x00a', b'a\x00\x00\x00', b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00',
         b'abc', b'\x81\x8d\x80']
for enc in codecs:
    for d in datas:
        for h in handlers:
            show('decode %s %r %s' % (enc, d, h), lambda: d.decode(enc, h))
for name in ['UTF8', 'utf_8', 'U8', 'Latin1', 'ISO-8859-1', 'iso8859_1', 'US-ASCII', 'windows-1252', 'UTF-16LE', 'utf32', 'bogus', 'utf-9']:
    show('name ' + name, lambda: 'h\xe9'.encode(name, 'replace'))
show('bad handler', lambda: 'h\xe9'.encode('ascii', 'bogus'))
show('bad handler unused', lambda: 'he'.encode('ascii', 'bogus'))
show('bad handler decode', lambda: b'\xff'.decode('ascii', 'bogus'))
show('defaults', lambda: ('\xe9'.encode(), b'\xc3\xa9'.decode(), str(b'\xc3\xa9', 'utf-8'), str(b'\xff', 'utf-8', 'replace'), str(b'\xff', errors='replace')))
show('keywords', lambda: ('x'.encode(encoding='ascii', errors='strict'), b'x'.decode(errors='ignore', encoding='ascii')))
show('encoding type', lambda: 'x'.encode(5))
for args in [('ascii', 'x', 0, 1, 'bad'), ('ascii', 'xyz', 1, 3, 'oops'), ('ascii', 'x', 0, 5, 'r'), ('a', '\u20ac', 0, 1, 'r'), ('a', '\U0001f600', 0, 1, 'r')]:
    e = UnicodeEncodeError(*args)
    print(str(e), e.args, e.object, e.start, e.end)
for args in [('utf-8', b'\xff', 0, 1, 'bad'), ('utf-8', b'\xffab', 0, 2, 'bad'), ('x', bytearray(b'q'), 0, 1, 'r')]:
    e = UnicodeDecodeError(*args)
    print(str(e), e.object, e.start, e.end, e.reason, e.encoding)
show('bad args', lambda: UnicodeEncodeError('a'))
show('bad args 2', lambda: UnicodeDecodeError('a', 'str', 0, 1, 'r'))
print(issubclass(UnicodeEncodeError, ValueError), UnicodeDecodeError.__mro__)
try:
    'caf\xe9'.encode('ascii')
except UnicodeEncodeError as e:
    print(repr(e), e.args)
print(ascii('caf\xe9 \u20ac \U0001f600'), ascii(b'x'), ascii([1, 'é']))
