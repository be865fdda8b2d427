import codecs
for s in ['A\u20acB', 'a+b', 'hi~\\', '\U0001f600x', '\ud800', 'a\udc00-', '\u20ac-', '\u20acA', '', '+', 'x\x00y', 'abc\u20ac\u20ac\u20ac.']:
    b = s.encode('utf-7'); print(ascii(s), b, ascii(b.decode('utf-7')))
for raw in [b'\xffb', b'a\xffb', b'a\xff\xffb', b'a+IK', b'a+IK-b', b'a+IK,b', b'a+IKx', b'a+IKx-b', b'a+IKwgr', b'a+IKwgr-b', b'a+IKwgr,', b'a+IKwgr,-b', b'a+IKwgrB', b'a+IKwgrB-b', b'a+/,+IKw-b', b'a+//,+IKw-b', b'a+///,+IKw-b', b'a+////,+IKw-b', b'a+IKw-b\xff', b'a+IKw\xffb', b'a+@b', b'a+2AE-b', b'a+2AE\xffb', b'a+2AE', b'a+2AEA-b', b'a+2AH-b', b'a+IKzYAQ-b', b'a+IKzYAQ\xffb', b'a+IKzYAQA-b', b'a+IKzYAd-b', b'a+IKwgrNgB-b', b'a+IKwgrNgB\xffb', b'a+IKwgrNgB', b'a+IKwgrNgBA-b', b'\xff+A-', b'+', b'+-', b'+!', b'+AGEAYgBj', b'+2D3cAA-']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape', 'surrogatepass']:
        try:
            print(raw, errors, ascii(raw.decode('utf-7', errors)))
        except UnicodeDecodeError as e:
            print(raw, errors, 'ERR', e.encoding, e.start, e.end, e.reason, str(e))
    print(codecs.utf_7_decode(raw, 'ignore'), codecs.utf_7_decode(raw, 'replace', False))
d = codecs.getincrementaldecoder('utf-7')()
out = []
for ch in b'a+AGEAYgBj-b+2D3cAA-x+AKM':
    out.append(d.decode(bytes([ch])))
out.append(d.decode(b'', True))
print(out)
e = codecs.getincrementalencoder('utf-7')()
print([e.encode(c) for c in 'a\u20ac\u20acb'], e.encode('', True))
info = codecs.lookup('UTF7'); print(info.name, info.incrementaldecoder.__name__)
import io
r = codecs.getreader('utf-7')(io.BytesIO('x\u20ac\u20acy\nz'.encode('utf-7')))
print([r.read(1) for _ in range(12)])
w = io.BytesIO(); sw = codecs.getwriter('utf-7')(w); sw.write('\u20ac'); sw.write('a'); print(w.getvalue())
try: 'a'.encode('utf-7', 'bogus'); b'\x80'.decode('utf-7', 'bogus')
except LookupError as e: print('LookupError', e)
try: b'\x80'.decode('utf-7', 'xmlcharrefreplace')
except TypeError as e: print('TypeError', e)
print(codecs.utf_7_encode('\u20ac', None), codecs.utf_7_decode(bytearray(b'+IKw-'), None, True))
r = codecs.getreader('utf-7')(io.BytesIO('ab\u20acc\nd\u20ac\ne'.encode('utf-7')))
print(repr(r.readline()), repr(r.read(2)), repr(r.readline(keepends=False)), repr(r.read()))
r = codecs.getreader('utf-8')(io.BytesIO('ab\u20acc\nd\u20ac\ne'.encode('utf-8')))
print(repr(r.readline()), repr(r.read(2)), repr(r.readline(keepends=False)), repr(r.read()), list(codecs.getreader('utf-8')(io.BytesIO(b'a\nb\n'))))
import os, tempfile
path = os.path.join(tempfile.mkdtemp(), 'u7.txt')
with open(path, 'w', encoding='utf-7') as f:
    f.write('A\u20acB\nC+D\n')
    f.write('\U0001f600')
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='utf-7') as f:
    print(ascii(f.read()))
os.remove(path)
