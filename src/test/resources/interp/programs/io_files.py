# open() and the io classes on files in a private directory; messages of the argument checks
import io, os

base = '/tmp/ember-io-files-%d' % os.getpid()
os.mkdir(base)
os.chdir(base)

with open('t.txt', 'w') as f:
    print(f.write('line1\nline2\r\nline3\rend'), f.name, f.mode, f.encoding, f.closed, f.writable(), f.readable())
    print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.raw.mode)
print(f.closed)
with open('t.txt', 'rb') as f:
    print(f.read(), f.tell(), f.read(), repr(f))
with open('t.txt', 'rb', buffering=0) as f:
    print(type(f).__name__, f.read(4), f.readline(), f.readall(), f.seekable(), f.fileno() > 2)
with open('t.txt') as f:
    print(repr(f.read()), f.newlines)
with open('t.txt', newline='') as f:
    print(list(f), f.newlines)
with open('t.txt', newline='\r\n') as f:
    print(f.readlines())
with open('t.txt', newline='\r') as f:
    print(f.readlines())
with open('t.txt') as f:
    print(repr(f.readline()), f.tell(), repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.readline()))
    f.seek(pos)
    print(repr(f.readline()), repr(f.read(2)))
    f.seek(0)
    print(repr(f.read(3)), repr(f.readline(2)))
    print(f.seek(0, io.SEEK_END), repr(f.read()))

with open('u.txt', 'w', encoding='utf-8', newline='\r\n') as f:
    f.write('a\nb\n')
    f.writelines(['c\n', 'd'])
with open('u.txt', 'rb') as f:
    print(f.read())
with open('u.txt', 'a') as f:
    f.write('ß€')
with open('u.txt', encoding='latin-1') as f:
    print(repr(f.read()))
with open('u.txt', encoding='ascii', errors='replace') as f:
    print(repr(f.read()))
with open('u.txt', encoding='ascii') as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e.reason, e.start)
with open('v.txt', 'w', encoding='latin-1') as f:
    f.write('ÿé')
print(os.path.getsize('v.txt'))

with open('b.bin', 'wb') as f:
    f.write(b'0123456789')
    f.write(bytearray(b'ab'))
    f.write(memoryview(b'cd'))
with open('b.bin', 'r+b') as f:
    print(f.read(3), f.peek(2)[:2], f.read1(2), f.tell())
    f.seek(-2, 2)
    print(f.read(), f.seek(1), f.write(b'XY'), f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())
with open('b.bin', 'ab') as f:
    f.write(b'!')
with open('b.bin', 'rb') as f:
    print(f.read())
try:
    open('b.bin', 'x')
except FileExistsError as e:
    print(type(e).__name__, e)
with open('new.bin', 'xb') as f:
    print(f.mode, f.write(b'z'))

for args, kwargs in [(('nofile',), {}), (('b.bin', 'rw'), {}), (('b.bin', 'rr'), {}), (('b.bin', 'q'), {}),
                     (('b.bin', 'rbt'), {}), (('b.bin', 'b'), {}), (('b.bin', 'rb'), {'encoding': 'utf-8'}),
                     (('b.bin', 'rb'), {'errors': 'strict'}), (('b.bin', 'rb'), {'newline': ''}),
                     (('b.bin', 'r'), {'newline': 'x'}), (('b.bin', 'r'), {'buffering': 0}),
                     (('b.bin', 3), {}), ((3.5,), {}), (('.',), {}), (('b.bin',), {'encoding': 'no-such-codec'})]:
    try:
        open(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)

f = open('b.bin')
f.close()
for action in [f.read, f.readline, lambda: f.write('x'), f.tell, lambda: f.seek(0)]:
    try:
        action()
    except ValueError as e:
        print('ValueError', e)
with open('b.bin') as f:
    try:
        f.write('x')
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e, isinstance(e, OSError), isinstance(e, ValueError))
with open('b.bin', 'w') as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
    try:
        f.seek(1, 1)
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)

for name in sorted(os.listdir('.')):
    os.remove(name)
os.chdir('/')
os.rmdir(base)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, issubclass(io.FileIO, io.RawIOBase), issubclass(io.BytesIO, io.BufferedIOBase))
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.TextIOWrapper, io.IOBase), io.text_encoding(None), io.text_encoding('x'))
