# zlib: compressed bytes equal to CPython's at every level, the containers (zlib, raw, gzip,
# auto), stream objects (flush modes, max_length, unused_data, unconsumed_tail, eof, copy),
# dictionaries, checksums and the errors.
import zlib

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r)[:100])
    except Exception as e:
        print(type(e).__name__, e)

print(zlib.error.__module__, zlib.error.__mro__)
print([k for k in dir(zlib) if k.isupper() or k.startswith('Z_')])
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_BUF_SIZE, zlib.DEF_MEM_LEVEL, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH)

text = b''.join(b'line %d: the quick brown fox jumps over the lazy dog %d\n' % (i, i * i % 97) for i in range(400))
seed = 7
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed >> 16
noise = bytes(rand() & 0xFF for _ in range(3000))
samples = [b'', b'x', b'hello world', b'a' * 1000, text, noise, text[:5000] + noise[:500] + text[:3000]]

# one-shot compression: the bytes themselves, at every level and container
for data in samples:
    for level in (-1, 0, 1, 2, 5, 6, 9):
        c = zlib.compress(data, level)
        assert zlib.decompress(c) == data
        print(len(data), level, len(c), zlib.crc32(c), c[:12])
    for wbits in (-15, 31, 15):
        c = zlib.compress(data, 6, wbits)
        assert zlib.decompress(c, wbits) == data
        assert zlib.decompress(c, 47 if wbits > 0 else wbits) == data
        print(len(data), wbits, len(c), zlib.crc32(c), c[:12])
print(zlib.compress(b'x', wbits=31, level=9), zlib.compress(b'x', wbits=31, level=1), zlib.compress(b'x', wbits=-9))
print(zlib.compress(b'x', level=0), zlib.compress(b''), zlib.compress(b'', level=1, wbits=16 + 15))
print(zlib.compress(data=b'abc') if False else zlib.compress(bytearray(b'abc')), zlib.compress(memoryview(b'abc')))

# decompressing CPython's own bytes (recorded literals)
print(zlib.decompress(b'x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\x01\x00\x1a\x0b\x04]'))
print(zlib.decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xab\x00\x00\x83\x16\xdc\x8c\x01\x00\x00\x00', 31))
print(zlib.decompress(b'\x1f\x8b\x08\x08\x00\x00\x00\x00\x02\x03name\x00\xab\x00\x00\x83\x16\xdc\x8c\x01\x00\x00\x00', 47))
print(zlib.decompress(b'\xcbH\xcd\xc9\xc9\x07\x00', -15), zlib.decompress(zlib.compress(b'hello') + b'extra'))
print(zlib.decompress(zlib.compress(b'wbits zero'), 0), zlib.decompress(zlib.compress(b'bufsize'), bufsize=1))

# compressobj / flush modes
for level, strategy in ((6, 0), (1, 0), (9, 1), (6, 2)):
    co = zlib.compressobj(level, zlib.DEFLATED, 15, 8, strategy)
    parts = [co.compress(text[:7000]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(text[7000:]), co.flush(zlib.Z_FULL_FLUSH),
             co.compress(noise), co.flush(zlib.Z_NO_FLUSH), co.flush()]
    out = b''.join(parts)
    print(level, strategy, [len(p) for p in parts], zlib.crc32(out), zlib.decompress(out) == text + noise)
co = zlib.compressobj(wbits=-15)
raw = co.compress(b'raw stream ' * 20) + co.flush()
print(raw, zlib.decompress(raw, -15))
co = zlib.compressobj(wbits=31)
gz = co.compress(b'gzip stream ' * 20) + co.flush()
print(gz, zlib.decompress(gz, 31)[:24])
t(co.compress, b'y')
t(co.flush)
t(co.copy)
print(co.flush(zlib.Z_NO_FLUSH))

# copy of a compressor
co = zlib.compressobj()
head = co.compress(text[:3000])
twin = co.copy()
a = head + co.compress(b'ending one') + co.flush()
b = head + twin.compress(b'ending two') + twin.flush()
print(zlib.decompress(a)[-10:], zlib.decompress(b)[-10:])

# decompressobj: pieces, max_length, unconsumed_tail, unused_data, eof, flush
c = zlib.compress(text)
do = zlib.decompressobj()
out = b''
for i in range(0, len(c), 100):
    out += do.decompress(c[i:i + 100])
print(out == text, do.eof, do.unused_data, do.unconsumed_tail)
do = zlib.decompressobj()
chunk = do.decompress(c, 1000)
print(len(chunk), len(do.unconsumed_tail), do.eof)
total = chunk
while do.unconsumed_tail:
    total += do.decompress(do.unconsumed_tail, 5000)
print(total == text, do.eof)
do = zlib.decompressobj()
part = do.decompress(c, 10)
rest = do.flush()
print(len(part), part + rest == text, do.eof, do.unconsumed_tail)
do = zlib.decompressobj()
print(do.decompress(zlib.compress(b'payload') + b'tail'), do.unused_data, do.eof)
print(do.decompress(b'more'), do.unused_data)
# gzip and auto detection in pieces
gz = zlib.compress(text, 9, 31)
for wbits in (31, 47):
    do = zlib.decompressobj(wbits)
    out = b''.join(do.decompress(gz[i:i + 3]) for i in range(0, len(gz), 3))
    print(wbits, out == text, do.eof, do.unused_data)
do = zlib.decompressobj(47)
print(do.decompress(zlib.compress(b'auto zlib') + b'!'), do.unused_data)
# copy of a decompressor
do = zlib.decompressobj()
first = do.decompress(c[:500])
twin = do.copy()
print(first + do.decompress(c[500:]) == text, first + twin.decompress(c[500:]) == text)

# dictionaries
zd = b'the quick brown fox jumps over the lazy dog'
co = zlib.compressobj(zdict=zd)
cd = co.compress(b'the lazy dog and the quick fox') + co.flush()
print(cd)
do = zlib.decompressobj(zdict=zd)
print(do.decompress(cd))
t(zlib.decompress, cd)
co = zlib.compressobj(wbits=-15, zdict=zd)
rd = co.compress(b'over the lazy dog') + co.flush()
print(rd, zlib.decompressobj(-15, zdict=zd).decompress(rd))

# checksums
for data in (b'', b'a', b'abc', text, noise):
    print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(data, 99), zlib.adler32(data, 99))
print(zlib.adler32(b'abc', 2 ** 40), zlib.crc32(b'abc', -1))
adler = 1
for i in range(0, len(text), 999):
    adler = zlib.adler32(text[i:i + 999], adler)
print(adler == zlib.adler32(text))

# errors
t(zlib.compress, b'x', 10)
t(zlib.compress, b'x', -2)
t(zlib.compress, b'x', wbits=40)
t(zlib.compressobj, wbits=40)
t(zlib.compressobj, 10)
t(zlib.compressobj, memLevel=10)
t(zlib.compressobj, strategy=9)
t(zlib.compressobj, method=7)
t(zlib.compressobj, zdict=1)
t(zlib.decompress, b'garbage')
t(zlib.decompress, zlib.compress(b'hello')[:-3])
t(zlib.decompress, zlib.compress(b'hello'), wbits=-15)
t(zlib.decompress, zlib.compress(b'hello'), wbits=100)
t(zlib.decompress, zlib.compress(b'hello'), wbits=31)
t(zlib.decompress, zlib.compress(b'hello'), wbits=9)
t(zlib.decompress, zlib.compress(b'hello'), bufsize=-1)
t(zlib.decompress, 'str')
t(zlib.decompress, gz[:-4] + b'\x00\x00\x00\x00', 31)
t(zlib.decompress, gz[:-8] + b'\x00\x00\x00\x00' + gz[-4:], 31)
t(zlib.decompressobj, wbits=100)
t(zlib.decompressobj().decompress, b'x', -1)
t(zlib.decompressobj().flush, 0)
t(zlib.decompressobj, zdict=1)
t(zlib.crc32, 'abc')
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)

# _ZlibDecompressor (gzip's one-stream decompressor)
d = zlib._ZlibDecompressor()
print(type(d).__name__, d.needs_input, d.eof, d.unused_data)
c = zlib.compress(b'hello world' * 100)
print(len(d.decompress(c[:20], 5)), d.needs_input)
print(len(d.decompress(b'', 5000)), d.needs_input, d.eof)
print(d.decompress(c[20:] + b'xx')[:30], d.eof, d.unused_data, d.needs_input)
t(d.decompress, b'x')
d = zlib._ZlibDecompressor(31)
print(d.decompress(zlib.compress(b'abc', wbits=31), 0), d.needs_input)
print(d.decompress(b'', 2), d.needs_input, d.decompress(b''), d.eof)
t(zlib._ZlibDecompressor, 100)
t(zlib.decompressobj().decompress, b'', 2 ** 70)
t(zlib.decompress, b'\x78\x9c', wbits=15, bufsize=2 ** 70)
