# StringIO and BytesIO
import io

s = io.StringIO()
print(s.write('hello\n'), s.write('world'), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()), s.tell())
s.seek(2)
s.write('XY')
print(repr(s.getvalue()), s.tell(), s.truncate(), repr(s.getvalue()))
s.seek(10)
s.write('!')
print(repr(s.getvalue()))
print(list(io.StringIO('a\nb\r\nc\rd')), io.StringIO('a\nb').readlines())
for nl in [None, '', '\n', '\r', '\r\n']:
    t = io.StringIO(newline=nl)
    t.write('x\ny\r\nz\rw')
    t.seek(0)
    print(repr(nl), repr(t.getvalue()), t.readlines(), t.newlines)
print(repr(io.StringIO('abc', None).read(2)), repr(io.StringIO().getvalue()), repr(io.StringIO(None).getvalue()))
with io.StringIO('ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
for action in [c.read, c.getvalue, lambda: c.write('x'), c.tell]:
    try:
        action()
    except ValueError as e:
        print('ValueError', e)
for bad in [lambda: io.StringIO(3), lambda: io.StringIO(newline='x'), lambda: io.StringIO().write(b'x'),
            lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().seek(0, 5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

b = io.BytesIO(b'abc\ndef')
print(b.read(2), b.readline(), b.tell(), b.read(), b.read(), b.getvalue())
b.seek(1)
print(b.write(b'ZZZZZZZZ'), b.getvalue(), b.tell())
b.seek(12)
b.write(b'!')
print(b.getvalue(), b.seek(-2, 2), b.read(), b.seek(0, 1))
print(b.truncate(3), b.getvalue(), b.tell(), bytes(b.getbuffer()))
buf = bytearray(2)
b.seek(0)
print(b.readinto(buf), buf, b.read1(5), list(io.BytesIO(b'1\n2\n3')))
print(b.readable(), b.writable(), b.seekable(), io.BytesIO(bytearray(b'q')).getvalue())
b.close()
for action in [b.read, b.getvalue, lambda: b.write(b'x'), b.tell]:
    try:
        action()
    except ValueError as e:
        print('ValueError', e)
for bad in [lambda: io.BytesIO().write('s'), lambda: io.BytesIO().seek(-1), lambda: io.BytesIO().seek(0, 3),
            lambda: io.BytesIO().seek(1.5), lambda: io.BytesIO().truncate(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
