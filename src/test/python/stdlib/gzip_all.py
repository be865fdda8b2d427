# gzip: compress/decompress, GzipFile writing (header bytes, name, mtime) and reading
# (multiple members, padding, readline/iteration/seek/peek), text mode, and the errors.
import gzip
import io
import os
import tempfile
import zlib

data = b'hello gzip world\n' * 50 + bytes(range(256))
blob = gzip.compress(data, mtime=0)
print(blob[:10].hex(), len(blob), gzip.decompress(blob) == data)
print(gzip.compress(b'', mtime=12345).hex())
print(gzip.compress(b'abc', 1, mtime=1).hex(), gzip.compress(b'abc', 5, mtime=1)[8:10].hex())
print(gzip.decompress(gzip.compress(b'one', mtime=0) + gzip.compress(b'two', mtime=0) + b'\0\0\0'))

directory = tempfile.mkdtemp()
path = os.path.join(directory, 'sample.txt.gz')
with gzip.GzipFile(path, 'wb', mtime=7) as f:
    print(f.write(b'line one\n'), f.write(bytearray(b'line two\nline three')), f.tell())
    print(f.mode, f.writable(), f.readable())
with open(path, 'rb') as raw:
    raw_bytes = raw.read()
print(raw_bytes[:24])
with gzip.open(path) as f:
    print(f.readline(), f.peek(4)[:4], f.read(4), f.tell(), list(f), f.mtime)
    f.seek(5)
    print(f.read(3), f.seek(0), f.read(4))
with gzip.open(path, 'rt', encoding='utf-8') as f:
    print(f.read().splitlines())
with gzip.open(path, 'at') as f:
    f.write('\nappended member')
with gzip.open(path, 'rb') as f:
    print(f.read())
text_path = os.path.join(directory, 'text.gz')
with gzip.open(text_path, 'wt', encoding='latin-1', newline='\r\n') as f:
    f.write('caf\xe9\nend\n')
with gzip.open(text_path, 'rb') as f:
    print(f.read())
buffer = io.BytesIO()
with gzip.GzipFile(fileobj=buffer, mode='wb', mtime=0) as f:
    f.write(b'x' * 1000)
print(buffer.getvalue()[:10].hex(), len(buffer.getvalue()))

for bad in [b'not gzip at all', b'\x1f\x8b\x09\x00' + b'\0' * 6, blob[:30], blob[:-8] + b'\0\0\0\0' + blob[-4:]]:
    try:
        gzip.decompress(bad)
    except (gzip.BadGzipFile, EOFError) as e:
        print(type(e).__name__, e)
for call in [lambda: gzip.open(path, 'rbt'), lambda: gzip.open(path, 'rb', encoding='x'),
             lambda: gzip.open(123.5), lambda: gzip.GzipFile(path, 'wb', compresslevel=12)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
with gzip.open(path) as f:
    try:
        f.write(b'x')
    except OSError as e:
        print('OSError', e.errno, e.strerror if e.strerror else e)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
print(issubclass(gzip.BadGzipFile, OSError), gzip.READ, gzip.WRITE)
