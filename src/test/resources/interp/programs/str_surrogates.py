# Lone surrogates in str: '\ud800\udc00' is two code points, unlike '\U00010000'. Recorded with CPython 3.13.
a = '\ud800\udc00'
b = '\U00010000'
print(len(a), len(b), a == b, a != b, repr(a), repr(b), ascii(a), ascii(b))
try:
    print([hex(ord(c)) for c in a], a[0] == '\ud800', a[1:], repr(a[::-1]))
except UnicodeEncodeError as e:
    print('error:', e, e.start, e.end, repr(e.object))
print([hex(ord(c)) for c in a], a[0] == '\ud800', repr(a[1:]), repr(a[::-1]))
c = '\ud800' + '\udc00'
print(len(c), c == a, c == b, repr(c), hash(c) == hash(a))
d = {a: 1, b: 2}
print(len(d), d[a], d[b], d['\ud800' + '\udc00'])
print(a.encode('utf-8', 'surrogatepass'), b.encode('utf-8'), a.encode('utf-16-le', 'surrogatepass'))
print(b'\xed\xa0\x80\xed\xb0\x80'.decode('utf-8', 'surrogatepass') == a)
print(repr('x\udcff'), len('x\udcff'), 'x\udcff'.encode('utf-8', 'surrogateescape'))
print(repr(b'\xff'.decode('utf-8', 'surrogateescape')))
print(sorted([a, b, '\ud7ff', '\uffff']) == ['\ud7ff', a, '\uffff', b])
for s in [a, '\ud800', 'ok\udfff']:
    try:
        print(s)
    except UnicodeEncodeError as e:
        print('error:', e)
print(str(a) == a, a * 2 == '\ud800\udc00\ud800\udc00', len(a * 2))
print(list(map(ord, a)), list(map(ord, b)), [ord(ch) for ch in 'x' '\ud800' '\udc00'])
print(repr('\ud800' '\udc00'), len(f'\ud800\udc00'), repr(f'{1}\ud800\udc00'))
print(repr(str(b'\xed\xa0\x80', 'utf-8', 'surrogatepass')), '\ud83d\ude00'.encode('utf-16-le', 'surrogatepass'))
print(bin(5), oct(-8), hex(255), hex(-1), bin(0))
print('end')
