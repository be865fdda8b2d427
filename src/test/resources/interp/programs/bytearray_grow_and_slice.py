# bytearray indexing and slicing copy only what they select, and appends at the end grow the
# buffer geometrically: the contents, types and errors must stay exactly CPython's.
import io

buf = bytearray()
for i in range(3000):
    buf += bytes([i % 251])
    if i % 3 == 0:
        buf[len(buf):len(buf)] = b'xy'
    if i % 7 == 0:
        buf.extend(b'z')
print(len(buf), sum(buf), buf[:12], buf[-5:])
print(buf[10:40:3], buf[::-997], buf[50:10], buf[-1:-8:-2], buf[1000000:])
del buf[-100:]
buf += b'tail'
print(len(buf), buf[-8:], buf[len(buf) - 1], buf[-len(buf)])


class Sub(bytearray):
    pass


s = Sub(b'hello world')
print(type(s[1:4]).__name__, s[1:4], s[4], s[-1])
for bad in (11, -12, 10 ** 20):
    try:
        s[bad]
    except IndexError as e:
        print('IndexError', e)
try:
    s['x']
except TypeError as e:
    print('TypeError', e)
try:
    bytearray(b'ab')[1.5]
except TypeError as e:
    print('TypeError', e)

view = memoryview(buf)
try:
    buf += b'more'
except BufferError as e:
    print('BufferError', e)
view.release()
buf += b'more'
print(buf[-10:])

stream = io.BytesIO()
for i in range(2000):
    stream.write(i.to_bytes(2, 'little'))
stream.seek(0)
values = []
while chunk := stream.read(2):
    values.append(int.from_bytes(chunk, 'little'))
print(len(values), values[:3], values[-3:], values == list(range(2000)), stream.read(5))
stream.seek(3)
print(stream.read(1), stream.read(3), stream.tell(), len(stream.getvalue()))
