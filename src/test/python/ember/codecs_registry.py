# codecs: search functions (register/unregister), error handlers, incremental and stream codecs
import codecs
info = codecs.lookup('UTF-8')
print(info.name, info.encode('hé'), info.decode(b'h\xc3\xa9'))
dec = codecs.getincrementaldecoder('utf-8')()
print([dec.decode(bytes([b])) for b in 'hé€'.encode()], repr(dec.decode(b'', True)))
print(list(codecs.iterdecode([b'a\xc3', b'\xa9b'], 'utf-8')), list(codecs.iterencode(['a', 'é'], 'latin-1')))
def search(name):
    if name == 'rot_x':
        return codecs.CodecInfo(lambda s, errors='strict': (s[::-1].encode(), len(s)),
                                lambda b, errors='strict': (bytes(b).decode()[::-1], len(b)), name='rot-x')
    return None
codecs.register(search)
print(codecs.lookup('ROT X').name, codecs.encode('abc', 'rot_x'), codecs.decode(b'abc', 'rot_x'))
try:
    codecs.lookup('nope-nope')
except LookupError as e:
    print('LookupError', e)
codecs.unregister(search)
try:
    codecs.lookup('rot_x')
except LookupError as e:
    print('LookupError', e)
print(codecs.lookup_error('strict') is codecs.strict_errors)
try:
    codecs.lookup_error('zzz')
except LookupError as e:
    print(e)
codecs.register_error('mine', lambda e: ('<%d>' % e.start, e.end))
print(codecs.lookup_error('mine')(UnicodeEncodeError('ascii', 'aéb', 1, 2, 'x')))
for handler in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    print(handler, codecs.lookup_error(handler)(UnicodeEncodeError('ascii', 'aé€b', 1, 3, 'x')))
print(codecs.lookup_error('replace')(UnicodeDecodeError('utf-8', b'a\xff', 1, 2, 'x')))
print(codecs.lookup_error('backslashreplace')(UnicodeDecodeError('utf-8', b'a\xff', 1, 2, 'x')))
import io
w = codecs.getwriter('utf-8')(io.BytesIO())
w.write('hé')
print(w.getvalue())
r = codecs.getreader('utf-8')(io.BytesIO('x\ny€\n'.encode()))
print(list(r))
